// Session behaviour that needs exact control over the server's replies (see fake-nitro.ts).
import { afterEach, describe, expect, it } from "vitest";
import { NitroError } from "./errors";
import { createNitroClient } from "./session-pool";
import { loginOk, startFakeNitro, type FakeNitro } from "./testing/fake-nitro";

const PASSWORD = "s3cret-Pa55!";
let fake: FakeNitro | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const connect = (url: string) =>
  createNitroClient({
    baseUrl: url,
    username: "nsroot",
    password: PASSWORD,
    tls: { mode: "verify" },
    timeoutMs: 2_000,
  });

async function caught(promise: Promise<unknown>): Promise<NitroError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NitroError) return error;
    throw error;
  }
  throw new Error("expected a NitroError");
}

describe("session handling", () => {
  it("re-logs in exactly once when the new session is lost again at once", async () => {
    let logins = 0;
    fake = await startFakeNitro((req) => {
      if (req.url.endsWith("/config/login")) return loginOk(`##TOKEN${++logins}`);
      if (req.url.endsWith("/config/logout")) return { status: 200, body: { errorcode: 0 } };
      return { status: 401, body: { errorcode: 444, message: "Session expired or killed" } };
    });
    const client = connect(fake.url);
    const error = await caught(client.getAll("server"));
    expect(error.kind).toBe("session_expired");
    expect(error.errorcode).toBe(444);
    expect(logins).toBe(2);
    expect(fake.requests.filter((r) => r.url.includes("/config/server"))).toHaveLength(2);
    await client.dispose();
  });

  it("shares one login between concurrent first calls", async () => {
    let logins = 0;
    fake = await startFakeNitro((req) => {
      if (req.url.endsWith("/config/login")) return loginOk(`##T${++logins}`);
      return { status: 200, body: { errorcode: 0, server: [{ name: "a" }] } };
    });
    const client = connect(fake.url);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => client.getServers()));
    expect(results.every((r) => r[0]?.name === "a")).toBe(true);
    expect(logins).toBe(1);
    expect(
      fake.requests.filter((r) => r.url.includes("/config/server")).map((r) => r.cookie),
    ).toEqual(Array(5).fill("NITRO_AUTH_TOKEN=##T1"));
    await client.dispose();
    expect(fake.requests.at(-1)?.url).toBe("/nitro/v1/config/logout");
  });

  it("calls a web page that is not NITRO a not_nitro error", async () => {
    fake = await startFakeNitro(() => ({
      status: 200,
      body: "<html><body>Welcome</body></html>",
      headers: { "Content-Type": "text/html" },
    }));
    const error = await caught(connect(fake.url).open());
    expect(error.kind).toBe("not_nitro");
    expect(error.httpStatus).toBe(200);
  });

  it("never lets the password or token out, even when the server echoes them", async () => {
    fake = await startFakeNitro((req) => {
      if (req.url.endsWith("/config/login")) return loginOk("##LEAKYTOKEN42");
      return {
        status: 400,
        body: {
          errorcode: 278,
          message: `Invalid argument [${PASSWORD} ##LEAKYTOKEN42 ${req.cookie ?? ""}]`,
        },
      };
    });
    const client = connect(fake.url);
    const error = await caught(client.add("server", { name: "x", ipaddress: "10.0.0.1" }));
    expect(error.kind).toBe("bad_request");
    const texts = [error.message, error.stack ?? "", JSON.stringify(error), String(error.cause)];
    for (const text of texts) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain("LEAKYTOKEN42");
    }
    await client.dispose();
  });

  it("retries a save while another save is running (293, 1461, 603), then gives up", async () => {
    let saves = 0;
    const busy = [293, 1461, 603];
    fake = await startFakeNitro((req) => {
      if (req.url.endsWith("/config/login")) return loginOk("##T");
      if (req.url.includes("/config/hanode")) return { status: 200, body: { errorcode: 0 } };
      if (req.url.includes("nsconfig?action=save")) {
        const code = busy[saves++];
        if (code !== undefined) return { status: 599, body: { errorcode: code, message: "busy" } };
      }
      return { status: 200, body: { errorcode: 0, message: "Done" } };
    });
    const client = connect(fake.url);
    await client.saveConfig();
    expect(saves).toBe(4);
    const bodies = fake.requests.filter((r) => r.url.includes("action=save")).map((r) => r.body);
    expect(new Set(bodies)).toEqual(new Set(['{"nsconfig":{}}']));
    await client.saveConfig({ all: true });
    expect(fake.requests.at(-1)?.body).toBe('{"nsconfig":{"all":true}}');
    await client.dispose();
  });

  it("refuses calls on a disposed client", async () => {
    fake = await startFakeNitro(() => loginOk("##T"));
    const client = connect(fake.url);
    await client.dispose();
    expect((await caught(client.getAll("server"))).kind).toBe("disposed");
  });
});
