// TLS trust modes, testConnection and the peer-certificate helper against the simulator over
// HTTPS (its self-signed certificate), plus the plain-English failure messages.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createNitroClient,
  fetchPeerCertificateFingerprint,
  NitroError,
  testConnection,
  type ApplianceConnection,
  type TlsSettings,
} from "./index";
import { startFakeNitro } from "./testing/fake-nitro";
import { describeFailure } from "./test-connection";
import { UNREACHABLE_MESSAGE } from "./unreachable";
import { closedPort, connFor, rejection, startSim } from "./testing/sim";
import { simulatorPerFile } from "./testing/simulator-per-file";

const lab = simulatorPerFile({ tls: true });
let fingerprint: string;
beforeAll(() => {
  fingerprint = lab.sim.fingerprint256 ?? "";
});

const over = (tls: TlsSettings, extra: Partial<ApplianceConnection> = {}) =>
  connFor(lab.sim, { tls, retries: 0, ...extra });

async function hostname(conn: ApplianceConnection): Promise<string | null> {
  const client = createNitroClient(conn);
  try {
    return await client.getHostname();
  } finally {
    await client.dispose();
  }
}

describe("TLS trust", () => {
  it("accepts a pinned fingerprint with or without colons, in any case", async () => {
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await hostname(over({ mode: "fingerprint", sha256: fingerprint }))).toBe("ns-sim-01");
    const bare = fingerprint.replace(/:/g, "").toLowerCase();
    expect(await hostname(over({ mode: "fingerprint", sha256: bare }))).toBe("ns-sim-01");
  });

  it("refuses a wrong pin before sending anything and shows the presented fingerprint", async () => {
    lab.sim.control.resetCounters();
    const error = await rejection(hostname(over({ mode: "fingerprint", sha256: "ab".repeat(32) })));
    expect(error.kind).toBe("tls_pin_mismatch");
    expect(error.presentedFingerprint).toBe(fingerprint);
    expect(error.message).toContain(fingerprint);
    expect(lab.sim.control.counters().total).toBe(0); // not even the login was sent
  });

  it("trusts a custom CA (here the self-signed certificate itself)", async () => {
    expect(await hostname(over({ mode: "ca", caPem: lab.sim.certPem ?? "" }))).toBe("ns-sim-01");
  });

  it("rejects the self-signed certificate with system CAs, suggesting the fingerprint", async () => {
    const error = await rejection(hostname(over({ mode: "verify" })));
    expect(error).toMatchObject({
      kind: "tls",
      requestSent: false,
      presentedFingerprint: fingerprint,
    });
    expect(error.code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY/);
  });

  it("rejects a certificate the given CA did not issue", async () => {
    const other = await startSim({ tls: true });
    try {
      const error = await rejection(hostname(over({ mode: "ca", caPem: other.certPem ?? "" })));
      expect(error.kind).toBe("tls");
    } finally {
      await other.close();
    }
  });

  it("skips verification only when asked (insecure)", async () => {
    expect(await hostname(over({ mode: "insecure" }))).toBe("ns-sim-01");
  });
});

describe("testConnection", () => {
  it("reports the appliance facts and the certificate fingerprint", async () => {
    const result = await testConnection(over({ mode: "fingerprint", sha256: fingerprint }));
    expect(result).toEqual({
      ok: true,
      info: {
        version: "14.1",
        build: "25.53",
        hostname: "ns-sim-01",
        haRole: "standalone",
        primaryAddress: undefined,
        partition: "default",
        configChanged: false,
        tlsFingerprint: fingerprint,
      },
    });
    expect(lab.sim.control.snapshot().sessions).toBe(0); // logged out again
  });

  it("explains a fingerprint mismatch and shows the presented one", async () => {
    const result = await testConnection(over({ mode: "fingerprint", sha256: "cd".repeat(32) }));
    expect(result).toMatchObject({
      ok: false,
      kind: "tls_pin_mismatch",
      presentedFingerprint: fingerprint,
    });
    if (!result.ok) expect(result.message).toContain(fingerprint);
  });

  it("explains an untrusted certificate and suggests a CA or a pin", async () => {
    const result = await testConnection(over({ mode: "verify" }));
    expect(result).toMatchObject({ ok: false, kind: "tls" });
    if (!result.ok) {
      expect(result.message).toMatch(/CA certificate/);
      expect(result.message).toMatch(/pin its fingerprint/);
      expect(result.message).toContain(fingerprint);
    }
  });

  it("explains bad credentials", async () => {
    const result = await testConnection(over({ mode: "insecure" }, { password: "nope" }));
    expect(result).toEqual({
      ok: false,
      kind: "auth_failed",
      message: "The appliance rejected the user name or password.",
    });
  });

  it("explains a timeout", async () => {
    lab.sim.control.setFaults({ latencyMs: 500 });
    const result = await testConnection(over({ mode: "insecure" }, { timeoutMs: 200 }));
    expect(result).toMatchObject({ ok: false, kind: "timeout" });
    if (!result.ok) expect(result.message).toMatch(/did not answer within 0.2 s/);
    lab.sim.control.clearFaults();
  });

  it("answers a closed port with the one unreachable message (no port-scan detail)", async () => {
    const port = await closedPort();
    const result = await testConnection({
      ...over({ mode: "insecure" }),
      baseUrl: `https://127.0.0.1:${port}`,
    });
    expect(result).toEqual({ ok: false, kind: "unreachable", message: UNREACHABLE_MESSAGE });
  });

  it("explains a web server that is not NITRO", async () => {
    const web = await startFakeNitro(() => ({
      status: 404,
      body: "<html>Not Found</html>",
      headers: { "Content-Type": "text/html" },
    }));
    try {
      const result = await testConnection({ ...over({ mode: "verify" }), baseUrl: web.url });
      expect(result).toMatchObject({ ok: false, kind: "not_nitro" });
      if (!result.ok) expect(result.message).toMatch(/not the NetScaler NITRO API \(HTTP 404\)/);
    } finally {
      await web.close();
    }
  });

  // A name that does not resolve, a closed port and a refused address answer alike, so the
  // connection test cannot map the network behind the app.
  it("answers an unresolved name like any unreachable target (no lookup needed)", () => {
    const error = new NitroError("dns", "x", { code: "ENOTFOUND" });
    const result = describeFailure(
      error,
      over({ mode: "verify" }, { baseUrl: "https://ns.invalid" }),
    );
    expect(result).toEqual({ ok: false, kind: "unreachable", message: UNREACHABLE_MESSAGE });
  });
});

describe("fetchPeerCertificateFingerprint", () => {
  it("reports the presented certificate without sending a request", async () => {
    lab.sim.control.resetCounters();
    const cert = await fetchPeerCertificateFingerprint(lab.sim.url);
    expect(cert.fingerprint256).toBe(fingerprint);
    expect(cert.subject).toContain("CN=ns-sim-01");
    expect(cert.selfSigned).toBe(true);
    expect(cert.validTo.getTime()).toBeGreaterThan(Date.now());
    expect(cert.validFrom.getTime()).toBeLessThan(Date.now());
    expect(lab.sim.control.counters().total).toBe(0);
  });

  it("refuses plain http and reports unreachable hosts", async () => {
    await expect(fetchPeerCertificateFingerprint("http://127.0.0.1:1")).rejects.toThrow(/https/);
    const port = await closedPort();
    const error = await rejection(fetchPeerCertificateFingerprint(`https://127.0.0.1:${port}`));
    expect(error).toMatchObject({ kind: "unreachable", code: "ECONNREFUSED" });
  });
});
