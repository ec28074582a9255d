import { afterEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "./index";
import { TestNitro } from "./testing/nitro-client";

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function fresh(options = {}): Promise<TestNitro> {
  sim = await startSimulator(options);
  return new TestNitro(sim.url);
}

describe("NITRO authentication", () => {
  it("logs in with 201, a sessionid and the NITRO_AUTH_TOKEN cookie", async () => {
    const nitro = await fresh();
    const reply = await nitro.login();
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ errorcode: 0, message: "Done", severity: "NONE" });
    expect(reply.json.sessionid).toMatch(/^##[0-9A-F]+$/);
    expect(reply.headers.get("set-cookie")).toBe(
      `NITRO_AUTH_TOKEN=${String(reply.json.sessionid)}; path=/nitro/v1`,
    );
    expect((await nitro.get("config/nsversion")).status).toBe(200);
  });

  it("answers 401/1027 without credentials", async () => {
    const nitro = await fresh();
    const reply = await nitro.get("config/lbvserver");
    expect(reply.status).toBe(401);
    expect(reply.json).toMatchObject({ errorcode: 1027, severity: "ERROR" });
  });

  it("answers 401/354 for an unknown user and 401/355 for a wrong password", async () => {
    const nitro = await fresh({ username: "admin", password: "s3cret" });
    const badUser = await nitro.login("nsroot", "s3cret");
    expect([badUser.status, badUser.json.errorcode]).toEqual([401, 354]);
    const badPass = await nitro.login("admin", "nope");
    expect([badPass.status, badPass.json.errorcode]).toEqual([401, 355]);
    expect(badPass.json.message).toBe("Invalid username or password");
    expect((await nitro.login("admin", "s3cret")).status).toBe(201);
  });

  it("accepts X-NITRO-USER / X-NITRO-PASS on every call", async () => {
    const nitro = await fresh();
    const ok = await nitro.call("GET", "/nitro/v1/config/nshostname", undefined, {
      "X-NITRO-USER": "nsroot",
      "X-NITRO-PASS": "nsroot",
    });
    expect(ok.status).toBe(200);
    const bad = await nitro.call("GET", "/nitro/v1/config/nshostname", undefined, {
      "X-NITRO-USER": "nsroot",
      "X-NITRO-PASS": "wrong",
    });
    expect([bad.status, bad.json.errorcode]).toEqual([401, 355]);
  });

  it("answers 401/444 after logout, after the sessions are killed and for a forged token", async () => {
    const nitro = await fresh();
    await nitro.login();
    expect((await nitro.call("POST", "/nitro/v1/config/logout", { logout: {} })).status).toBe(200);
    const afterLogout = await nitro.get("config/lbvserver");
    expect([afterLogout.status, afterLogout.json.errorcode]).toEqual([401, 444]);

    await nitro.login();
    expect(sim?.control.expireSessions()).toBe(1);
    const afterKill = await nitro.get("config/lbvserver");
    expect([afterKill.status, afterKill.json.errorcode]).toEqual([401, 444]);
    expect(afterKill.json.message).toBe("Session expired or killed. Please login again");

    nitro.cookie = "NITRO_AUTH_TOKEN=##DEADBEEF";
    expect((await nitro.get("config/lbvserver")).json.errorcode).toBe(444);
  });

  it("expires a session after its login timeout of inactivity", async () => {
    const nitro = await fresh();
    const reply = await nitro.call("POST", "/nitro/v1/config/login", {
      login: { username: "nsroot", password: "nsroot", timeout: 1 },
    });
    nitro.cookie = `NITRO_AUTH_TOKEN=${String(reply.json.sessionid)}`;
    expect((await nitro.get("config/nsversion")).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await nitro.get("config/nsversion")).json.errorcode).toBe(444);
  });

  it("accepts a URL-encoded cookie value", async () => {
    const nitro = await fresh();
    const reply = await nitro.login();
    nitro.cookie = `NITRO_AUTH_TOKEN=${encodeURIComponent(String(reply.json.sessionid))}`;
    expect((await nitro.get("config/nsversion")).status).toBe(200);
  });
});
