// NitroClient: the generic operations (operations.ts) plus typed readers that return app types,
// saving, appliance info and disposal. Get one with getNitroClient() (pooled session).
import type { z } from "zod";
import { getApplianceInfo, type ApplianceInfo } from "./appliance-info";
import { NitroError } from "./errors";
import type { HaGuard } from "./ha-guard";
import { parseRecord, parseRecords } from "./parse";
import { dnsAddRecSchema, type NsDnsAddRec } from "./resources/dns-addrec";
import type { HaState } from "./ha-state";
import { haNodeSchema, type HaView, type NsHaNode } from "./resources/hanode";
import { lbMonitorSchema, type NsLbMonitor } from "./resources/lbmonitor";
import { memberMonitorSchema, type NsMemberMonitor } from "./resources/member-monitors";
import * as lb from "./resources/lbvserver";
import { nsIpSchema, type NsIpAddress } from "./resources/nsip";
import { serverSchema, type NsServer } from "./resources/server";
import { serviceGroupSchema, type NsServiceGroup } from "./resources/servicegroup";
import * as sgb from "./resources/servicegroup-bindings";
import * as ssl from "./resources/ssl";
import * as sys from "./resources/system";
import * as vpn from "./resources/vpn-vserver";
import { getConfigChanged, saveConfig, type SaveOptions } from "./save-config";
import type { NitroSession } from "./session";
import { StatReaders } from "./stat-readers";
import type { GetAllOptions } from "./types";

export class NitroClient extends StatReaders {
  constructor(
    session: NitroSession,
    ha: HaGuard,
    private onDispose?: () => Promise<void>,
  ) {
    super(session, ha);
  }

  /** Release this client; the session logs out once no client uses it any more. */
  async dispose(): Promise<void> {
    const release = this.onDispose;
    this.onDispose = undefined;
    this.released = true;
    await release?.();
  }

  /** Log in now (operations also log in lazily); throws e.g. auth_failed or tls_pin_mismatch. */
  async open(): Promise<void> {
    this.assertUsable();
    await this.session.open();
  }

  /** SHA-256 fingerprint of the certificate the appliance presented (HTTPS only). */
  get presentedFingerprint(): string | undefined {
    return this.session.presentedFingerprint;
  }

  /**
   * The HA role of the node behind the session: one hanode read, cached with the guard that
   * checks every write, so checking before an apply costs no second read at the first write.
   */
  getHaView(): Promise<HaView> {
    this.assertUsable();
    return this.ha.view();
  }

  getApplianceInfo(): Promise<ApplianceInfo> {
    return getApplianceInfo(this, this.ha, this.session);
  }

  saveConfig(options?: SaveOptions): Promise<void> {
    return saveConfig(this, options);
  }

  /** Unsaved changes exist (null when the appliance does not say). */
  getConfigChanged(): Promise<boolean | null> {
    return getConfigChanged(this);
  }

  getServers(o?: GetAllOptions): Promise<NsServer[]> {
    return this.all("server", serverSchema, o);
  }
  getServer(name: string): Promise<NsServer | null> {
    return this.one("server", name, serverSchema);
  }

  getServiceGroups(o?: GetAllOptions): Promise<NsServiceGroup[]> {
    return this.all("servicegroup", serviceGroupSchema, o);
  }
  getServiceGroup(name: string): Promise<NsServiceGroup | null> {
    return this.one("servicegroup", name, serviceGroupSchema);
  }
  /** Members of one group, or of every group in one call (bulkbindings) when no name is given. */
  getServiceGroupMembers(serviceGroup?: string): Promise<sgb.NsServiceGroupMember[]> {
    const binding = "servicegroup_servicegroupmember_binding";
    return this.bindings(binding, sgb.serviceGroupMemberSchema, serviceGroup);
  }
  getServiceGroupMonitorBindings(
    serviceGroup?: string,
  ): Promise<sgb.NsServiceGroupMonitorBinding[]> {
    const binding = "servicegroup_lbmonitor_binding";
    return this.bindings(binding, sgb.serviceGroupMonitorBindingSchema, serviceGroup);
  }

  /**
   * Every member's monitors with their state and last response, all groups in one request
   * (bulkbindings): the status poller reads it only while a member is DOWN.
   */
  getServiceGroupMemberMonitors(): Promise<NsMemberMonitor[]> {
    const binding = "servicegroup_servicegroupentitymonbindings_binding";
    return this.bindings(binding, memberMonitorSchema);
  }

  getLbMonitors(o?: GetAllOptions): Promise<NsLbMonitor[]> {
    return this.all("lbmonitor", lbMonitorSchema, o);
  }
  getLbMonitor(name: string): Promise<NsLbMonitor | null> {
    return this.one("lbmonitor", name, lbMonitorSchema);
  }

  /** Vservers incl. live state; for polling pass attrs (name,curstate,effectivestate,health…). */
  getLbVservers(o?: GetAllOptions): Promise<lb.NsLbVserver[]> {
    return this.all("lbvserver", lb.lbVserverSchema, o);
  }
  getLbVserver(name: string): Promise<lb.NsLbVserver | null> {
    return this.one("lbvserver", name, lb.lbVserverSchema);
  }
  getLbVserverServiceGroupBindings(vserver?: string): Promise<lb.NsLbVserverServiceGroupBinding[]> {
    const binding = "lbvserver_servicegroup_binding";
    return this.bindings(binding, lb.lbVserverServiceGroupBindingSchema, vserver);
  }

  getSslCertKeys(o?: GetAllOptions): Promise<ssl.NsSslCertKey[]> {
    return this.all("sslcertkey", ssl.sslCertKeySchema, o);
  }
  getSslCertKey(name: string): Promise<ssl.NsSslCertKey | null> {
    return this.one("sslcertkey", name, ssl.sslCertKeySchema);
  }
  getSslVservers(o?: GetAllOptions): Promise<ssl.NsSslVserver[]> {
    return this.all("sslvserver", ssl.sslVserverSchema, o);
  }
  getSslVserver(vserver: string): Promise<ssl.NsSslVserver | null> {
    return this.one("sslvserver", vserver, ssl.sslVserverSchema);
  }
  getSslVserverCertKeyBindings(vserver?: string): Promise<ssl.NsSslVserverCertKeyBinding[]> {
    const binding = "sslvserver_sslcertkey_binding";
    return this.bindings(binding, ssl.sslVserverCertKeyBindingSchema, vserver);
  }

  /** A records of one host name ([] when it has none), or every record. */
  async getDnsAddRecs(hostname?: string): Promise<NsDnsAddRec[]> {
    if (hostname === undefined) return this.all("dnsaddrec", dnsAddRecSchema);
    const records = await this.getBindings("dnsaddrec", hostname).catch((error: unknown) => {
      if (error instanceof NitroError && error.kind === "not_found") return [];
      throw error;
    });
    return parseRecords(dnsAddRecSchema, records, "dnsaddrec");
  }

  getVpnVservers(o?: GetAllOptions): Promise<vpn.NsVpnVserver[]> {
    return this.all("vpnvserver", vpn.vpnVserverSchema, o);
  }
  getVpnVserver(name: string): Promise<vpn.NsVpnVserver | null> {
    return this.one("vpnvserver", name, vpn.vpnVserverSchema);
  }
  getVpnVserverAppControllerBindings(
    vserver?: string,
  ): Promise<vpn.NsVpnVserverAppControllerBinding[]> {
    const binding = "vpnvserver_appcontroller_binding";
    return this.bindings(binding, vpn.vpnVserverAppControllerBindingSchema, vserver);
  }

  getNsIps(o?: GetAllOptions): Promise<NsIpAddress[]> {
    return this.all("nsip", nsIpSchema, o);
  }
  /** HA role (primary / secondary / standalone) and peer facts, read from hanode now. */
  getHaState(): Promise<HaState> {
    this.assertUsable();
    return this.ha.refresh();
  }
  getHaNodes(): Promise<NsHaNode[]> {
    return this.all("hanode", haNodeSchema);
  }
  getPartitions(): Promise<sys.NsPartition[]> {
    return this.all("nspartition", sys.nsPartitionSchema);
  }
  getNsConfig(): Promise<sys.NsConfigState> {
    return this.single("nsconfig", sys.nsConfigSchema);
  }
  getNsVersion(): Promise<sys.NsVersion> {
    return this.single("nsversion", sys.nsVersionSchema);
  }
  async getHostname(): Promise<string | null> {
    return (await this.single("nshostname", sys.nsHostnameSchema)).hostname ?? null;
  }

  private async all<T>(resource: string, schema: z.ZodType<T>, o?: GetAllOptions): Promise<T[]> {
    return parseRecords(schema, await this.getAll(resource, o), resource);
  }

  private async one<T>(resource: string, name: string, schema: z.ZodType<T>): Promise<T | null> {
    const record = await this.find(resource, name);
    return record ? parseRecord(schema, record, resource) : null;
  }

  private async bindings<T>(binding: string, schema: z.ZodType<T>, name?: string): Promise<T[]> {
    const records =
      name === undefined
        ? await this.getAll(binding, { bulkBindings: true })
        : await this.getBindings(binding, name);
    return parseRecords(schema, records, binding);
  }

  private async single<T>(resource: string, schema: z.ZodType<T>): Promise<T> {
    const [record] = await this.getAll(resource);
    if (!record)
      throw new NitroError("bad_response", `NITRO returned no ${resource}`, { resource });
    return parseRecord(schema, record, resource);
  }
}
