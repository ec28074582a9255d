import { BUILTIN_MONITORS } from "./builtin-monitors";
import { DEFAULT_HOSTNAME, NSIP, NSIP_NETMASK } from "./identity";
import { DEFAULT_PARTITION, type ConfigData, type Row } from "./store";

const DAY_MS = 86_400_000;

// What every appliance has (NSIP, host name, default partition, built-in monitors) and, when
// seeding, a plausible lab box: two SNIPs, a few certificates and an existing Gateway vserver.
// None of the seeded VIPs is one the product's examples use (10.10.20.100, 10.20.1.50/.51).

function baseTables(): Record<string, Row[]> {
  return {
    nshostname: [{ hostname: DEFAULT_HOSTNAME }],
    nsip: [{ ipaddress: NSIP, netmask: NSIP_NETMASK, type: "NSIP" }],
    hanode: [{ id: 0 }],
    nspartition: [{ partitionname: DEFAULT_PARTITION, partitionid: 0 }],
    lbmonitor: BUILTIN_MONITORS.map(([monitorname, type]) => ({ monitorname, type })),
  };
}

function cert(
  now: number,
  certkey: string,
  file: string,
  subject: string,
  ageDays: number,
  leftDays: number,
): Row {
  return {
    certkey,
    cert: file,
    key: file.replace(/\.(crt|cert|pem)$/, ".key"),
    inform: "PEM",
    serial: Buffer.from(certkey).toString("hex").slice(0, 16).toUpperCase(),
    subject,
    issuer: certkey === "ns-server-certificate" ? subject : "C=DE, O=Corp, CN=Corp Issuing CA 01",
    notbefore: now - ageDays * DAY_MS,
    notafter: now + leftDays * DAY_MS,
  };
}

function seededTables(now: number): Record<string, Row[]> {
  const base = baseTables();
  return {
    ...base,
    nsip: [
      ...(base.nsip ?? []),
      { ipaddress: "10.10.20.5", netmask: "255.255.255.0", type: "SNIP" },
      { ipaddress: "10.20.1.5", netmask: "255.255.255.0", type: "SNIP" },
      { ipaddress: "10.20.1.20", netmask: "255.255.255.255", type: "VIP" },
    ],
    sslcertkey: [
      cert(
        now,
        "ns-server-certificate",
        "ns-server.cert",
        "C=US, ST=California, L=San Jose, O=Citrix ANG, OU=NS Internal, CN=default OWFBLC",
        420,
        3230,
      ),
      cert(
        now,
        "wildcard-corp-local",
        "wildcard.corp.local.crt",
        "C=DE, O=Corp, CN=*.corp.local",
        120,
        245,
      ),
      cert(now, "xms-cert", "xms.corp.local.pem", "C=DE, O=Corp, CN=xms.corp.local", 60, 305),
    ],
    vpnvserver: [
      { name: "ag_vs", servicetype: "SSL", ipv46: "10.20.1.20", port: 443, state: "ENABLED" },
    ],
    sslvserver: [{ vservername: "ag_vs" }],
    sslvserver_sslcertkey_binding: [
      { vservername: "ag_vs", certkeyname: "wildcard-corp-local", ca: false, snicert: false },
    ],
  };
}

export function initialConfig(seed: boolean, now: number): ConfigData {
  return { partitions: { [DEFAULT_PARTITION]: seed ? seededTables(now) : baseTables() } };
}
