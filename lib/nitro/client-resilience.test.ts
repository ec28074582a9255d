// Session loss, timeouts and retries, refused connections, bad credentials, the HA secondary,
// and secrets in errors — against the simulator over real HTTP.
import { describe, expect, it, vi } from "vitest";
import { createNitroClient, NitroError, type NitroClient } from "./index";
import { closedPort, connFor, rejection } from "./testing/sim";
import { simulatorPerFile } from "./testing/simulator-per-file";

const lab = simulatorPerFile({ password: "Corr3ct-Horse!" });

const good = () => connFor(lab.sim, { password: "Corr3ct-Horse!" });

async function withClient<T>(client: NitroClient, run: (c: NitroClient) => Promise<T>): Promise<T> {
  try {
    return await run(client);
  } finally {
    await client.dispose();
  }
}

describe("session expiry", () => {
  it("re-logs in once in the middle of a sequence and carries on", async () => {
    await withClient(createNitroClient(good()), async (client) => {
      await client.add("server", { name: "a", ipaddress: "10.10.20.11" });
      expect(lab.sim.control.expireSessions()).toBe(1);
      await client.add("server", { name: "b", ipaddress: "10.10.20.12" });
      expect(lab.sim.control.expireSessions()).toBe(1);
      expect((await client.getServers()).map((s) => s.name)).toEqual(["a", "b"]);
      const counts = lab.sim.control.counters();
      expect(counts["POST config/login"]).toBe(3);
      // Each write was sent twice at most: once with the dead session, once after re-login.
      expect(counts["POST config/server"]).toBe(3);
    });
  });

  it("concurrent callers that all hit the expiry share one re-login", async () => {
    await withClient(createNitroClient(good()), async (client) => {
      await client.getServers();
      lab.sim.control.expireSessions();
      lab.sim.control.resetCounters();
      await Promise.all(Array.from({ length: 6 }, () => client.getServers()));
      expect(lab.sim.control.counters()["POST config/login"]).toBe(1);
    });
  });
});

describe("timeouts and retries", () => {
  it("retries a GET that timed out but never resends a POST", async () => {
    await withClient(
      createNitroClient({ ...good(), timeoutMs: 500, retries: 2 }),
      async (client) => {
        await client.add("server", { name: "warm", ipaddress: "10.10.20.11" }); // login + HA check
        lab.sim.control.setFaults({ latencyMs: 900 });
        lab.sim.control.resetCounters();

        const read = await rejection(client.getServers());
        expect(read).toMatchObject({ kind: "timeout", requestSent: true, method: "GET" });
        expect(read.message).toMatch(
          /^GET server: No answer from http:\/\/127\.0\.0\.1:\d+ within 500 ms$/,
        );
        expect(lab.sim.control.counters()["GET config/server"]).toBe(3);

        const write = await rejection(
          client.add("server", { name: "slow", ipaddress: "10.10.20.12" }),
        );
        expect(write).toMatchObject({ kind: "timeout", method: "POST", resource: "server" });
        lab.sim.control.clearFaults();
        // The slow appliance still carries the write out, once: which is why it is not resent.
        await vi.waitFor(async () => expect(await client.getServer("slow")).not.toBeNull(), {
          timeout: 3_000,
        });
        expect(lab.sim.control.counters()["POST config/server"]).toBe(1);
      },
    );
  });

  it("retries a read after a dropped connection", async () => {
    await withClient(createNitroClient(good()), async (client) => {
      await client.getServers();
      lab.sim.control.setFaults({ dropNextRequests: 1 });
      lab.sim.control.resetCounters();
      expect(await client.getServers()).toEqual([]);
      expect(lab.sim.control.counters()["GET config/server"]).toBe(2);
    });
  });

  it("does not resend a write whose connection dropped after sending", async () => {
    await withClient(createNitroClient(good()), async (client) => {
      await client.add("server", { name: "warm", ipaddress: "10.10.20.11" });
      lab.sim.control.setFaults({ dropNextRequests: 1 });
      lab.sim.control.resetCounters();
      const error = await rejection(client.add("server", { name: "b", ipaddress: "10.10.20.12" }));
      expect(error).toMatchObject({ kind: "unreachable", requestSent: true });
      expect(lab.sim.control.counters()["POST config/server"]).toBe(1);
    });
  });

  it("connection refused → unreachable, retried with backoff before giving up", async () => {
    const port = await closedPort();
    const client = createNitroClient({
      ...good(),
      baseUrl: `http://127.0.0.1:${port}`,
      retries: 2,
    });
    const started = Date.now();
    const error = await rejection(client.add("server", { name: "a", ipaddress: "10.0.0.1" }));
    expect(error).toMatchObject({ kind: "unreachable", code: "ECONNREFUSED", requestSent: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250); // two backoff pauses
    await client.dispose();
  });
});

describe("authentication", () => {
  it.each([
    ["wrong password", "nsroot", "wrong", 355],
    ["unknown user", "nobody", "Corr3ct-Horse!", 354],
  ])("%s → auth_failed", async (_label, username, password, errorcode) => {
    const client = createNitroClient({ ...good(), username, password });
    const error = await rejection(client.getServers());
    expect(error).toMatchObject({ kind: "auth_failed", errorcode, httpStatus: 401 });
    expect(error.message).toMatch(/^Authentication failed/);
    expect(lab.sim.control.counters()["POST config/login"]).toBe(1); // not retried
    // Further calls fail from memory instead of hammering the login (account lockout).
    expect((await rejection(client.getNsIps())).kind).toBe("auth_failed");
    expect(lab.sim.control.counters()["POST config/login"]).toBe(1);
    await client.dispose();
  });
});

describe("HA secondary", () => {
  it("refuses writes client-side and names the primary", async () => {
    lab.sim.control.setFaults({ secondary: true });
    await withClient(createNitroClient(good()), async (client) => {
      const error = await rejection(client.add("server", { name: "a", ipaddress: "10.10.20.11" }));
      expect(error).toMatchObject({ kind: "secondary", resource: "server", method: "POST" });
      expect(error.message).toContain("10.0.0.11");
      expect(lab.sim.control.counters()["POST config/server"]).toBeUndefined();
      // Reads and saving still work on the secondary.
      expect(await client.getServers()).toEqual([]);
      await client.saveConfig();
      const info = await client.getApplianceInfo();
      expect(info).toMatchObject({ haRole: "secondary", primaryAddress: "10.0.0.11" });
    });
  });

  it("maps the appliance's own 368 refusal when the role changed after the check", async () => {
    await withClient(createNitroClient(good()), async (client) => {
      await client.add("server", { name: "a", ipaddress: "10.10.20.11" }); // role cached: primary
      lab.sim.control.setFaults({ secondary: true });
      const error = await rejection(client.update("server", { name: "a", comment: "x" }));
      expect(error).toMatchObject({ kind: "secondary", errorcode: 368 });
      // The next write re-checks the role and is refused before it is sent.
      lab.sim.control.resetCounters();
      const again = await rejection(client.remove("server", "a"));
      expect(again.kind).toBe("secondary");
      expect(again.message).toContain("10.0.0.11");
      expect(lab.sim.control.counters()["DELETE config/server"]).toBeUndefined();
    });
  });
});

describe("secrets", () => {
  it("never puts the password or the session token in any error", async () => {
    const errors: NitroError[] = [];
    const password = "Corr3ct-Horse!";
    const wrong = createNitroClient({ ...good(), password: "Wr0ng-Secret!" });
    errors.push(await rejection(wrong.getServers()));
    await wrong.dispose();
    await withClient(
      createNitroClient({ ...good(), timeoutMs: 800, retries: 0 }),
      async (client) => {
        errors.push(await rejection(client.get("server", password)));
        await client.add("server", { name: "a", ipaddress: "10.10.20.11" });
        errors.push(await rejection(client.add("server", { name: "a", ipaddress: "10.10.20.12" })));
        lab.sim.control.setFaults({ latencyMs: 1_100 });
        errors.push(await rejection(client.getServers()));
        lab.sim.control.clearFaults();
        lab.sim.control.expireSessions();
        errors.push(await rejection(client.get("server", "missing")));
      },
    );
    expect(errors.map((e) => e.kind)).toEqual([
      "auth_failed",
      "not_found",
      "already_exists",
      "timeout",
      "not_found",
    ]);
    for (const error of errors) {
      const text = [error.message, error.stack, JSON.stringify(error), String(error.cause)].join(
        "\n",
      );
      expect(text).not.toContain(password);
      expect(text).not.toContain("Wr0ng-Secret!");
      expect(text).not.toMatch(/##[0-9A-F]{16,}/); // simulator session tokens
      expect(text).not.toContain("NITRO_AUTH_TOKEN");
    }
  });
});
