import { X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TLSSocket } from "node:tls";
import { generate } from "selfsigned";
import { afterEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "./index";
import { startWithClient } from "./testing/nitro-client";

const running: RunningSimulator[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "nssim-"));
  dirs.push(dir);
  return join(dir, name);
}

async function boot(stateFile: string) {
  const started = await startWithClient({ stateFile });
  running.push(started.sim);
  return started;
}

describe("saved configuration (stateFile)", () => {
  it("survives a restart only after nsconfig?action=save, like a reboot", async () => {
    const stateFile = tempFile("ns.json");
    let { sim, nitro } = await boot(stateFile);
    const status = async () =>
      (await nitro.get("config/nsconfig")).json.nsconfig as Record<string, unknown>;
    expect((await status()).configchanged).toBe(false);

    await nitro.add("server", { name: "unsaved", ipaddress: "10.10.20.11" });
    expect(await status()).toMatchObject({
      configchanged: true,
      lastconfigchangedtime: expect.any(String),
    });
    await sim.close();
    running.pop();

    ({ sim, nitro } = await boot(stateFile));
    expect(await nitro.rows("config/server")).toEqual([]);
    await nitro.add("server", { name: "saved", ipaddress: "10.10.20.12" });
    expect((await nitro.action("nsconfig", "save", {})).status).toBe(200);
    const afterSave = await status();
    expect(afterSave).toMatchObject({
      configchanged: false,
      lastconfigsavetime: expect.any(String),
    });
    await nitro.add("server", { name: "after-save", ipaddress: "10.10.20.13" });
    await sim.close();
    running.pop();

    ({ nitro } = await boot(stateFile));
    expect((await nitro.rows("config/server?attrs=name")).map((s) => s.name)).toEqual(["saved"]);
    // the seed came back from the file too, not from a fresh seed
    expect((await nitro.rows("config/vpnvserver?attrs=name")).map((s) => s.name)).toEqual([
      "ag_vs",
    ]);
  });
});

function peerFingerprint(url: string, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/nitro/v1/config/nsversion`, { ca }, (res) => {
      const cert = (res.socket as TLSSocket).getPeerCertificate();
      res.resume();
      resolve(cert.fingerprint256);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("TLS", () => {
  it("serves a self-signed certificate valid for 127.0.0.1 with the advertised fingerprint", async () => {
    const sim = await startSimulator({ tls: true });
    running.push(sim);
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const certPem = sim.certPem ?? "";
    expect(sim.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new X509Certificate(certPem).fingerprint256).toBe(sim.fingerprint256);
    const x509 = new X509Certificate(certPem);
    expect(x509.subject).toContain("CN=ns-sim-01");
    expect(x509.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(x509.subjectAltName).toContain("DNS:localhost");
    // verified against the cert itself as CA: proves the SAN matches the URL host
    expect(await peerFingerprint(sim.url, certPem)).toBe(sim.fingerprint256);
  });

  it("keeps the generated certificate beside the state file across restarts", async () => {
    const stateFile = tempFile("ns.json");
    const first = await startSimulator({ tls: true, stateFile });
    const fingerprint = first.fingerprint256;
    await first.close();
    const second = await startSimulator({ tls: true, stateFile });
    running.push(second);
    expect(second.fingerprint256).toBe(fingerprint);
  });

  it("uses a given key and certificate", async () => {
    const pems = await generate([{ name: "commonName", value: "given.test" }], {
      keySize: 2048,
      algorithm: "sha256",
      extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
    });
    const sim = await startSimulator({ tls: { keyPem: pems.private, certPem: pems.cert } });
    running.push(sim);
    expect(sim.certPem).toBe(pems.cert);
    expect(sim.fingerprint256).toBe(new X509Certificate(pems.cert).fingerprint256);
    expect(await peerFingerprint(sim.url, pems.cert)).toBe(sim.fingerprint256);
  });
});
