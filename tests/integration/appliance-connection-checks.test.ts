// Test connection and fetch fingerprint through the real server actions: a stored password goes
// only where it was stored for, internal addresses answer like a closed port, and every probe
// leaves an audit row. Every listener here is on loopback and counts what reaches it.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAppliance } from "@/lib/appliances/store";
import { PASSWORD_AGAIN } from "@/lib/appliances/credential-binding";
import { applianceInputSchema } from "@/lib/appliances/schema";
import { getDb } from "@/lib/db/client";
import { getApplianceConnection } from "@/lib/appliances/store";
import { getNitroClient, UNREACHABLE_MESSAGE } from "@/lib/nitro";
import { loginOk, startFakeNitro, type FakeNitro } from "@/lib/nitro/testing/fake-nitro";
import { closedPort } from "@/lib/nitro/testing/sim";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { testApplianceAction, testApplianceInputAction, fetchFingerprintAction } =
  await import("@/app/(app)/appliances/connection-actions");
const { updateApplianceAction } = await import("@/app/(app)/appliances/actions");

const STORED_PASSWORD = "Stored-Appliance-Pw-42";

/** A NITRO look-alike that counts the logins (and the passwords) it receives. */
async function loginCounter(): Promise<FakeNitro & { logins: () => string[] }> {
  const fake = await startFakeNitro((req) =>
    req.url.startsWith("/nitro/v1/config/login") ? loginOk("tok") : { status: 404 },
  );
  return Object.assign(fake, {
    logins: () =>
      fake.requests.filter((r) => r.url.startsWith("/nitro/v1/config/login")).map((r) => r.body),
  });
}

/** A raw listener on [::1] that counts connections: the policy must keep every one away. */
async function ipv6LoopbackListener(): Promise<{
  port: number;
  connections: () => number;
  close: () => Promise<void>;
}> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "::1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    connections: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const form = (baseUrl: string, password: string) => ({
  name: "adc-lab",
  baseUrl,
  username: "nsroot",
  password,
  tlsMode: "INSECURE",
});

let stored: Awaited<ReturnType<typeof loginCounter>>;
let attacker: Awaited<ReturnType<typeof loginCounter>>;
let internal: Awaited<ReturnType<typeof ipv6LoopbackListener>>;
let workspace: Awaited<ReturnType<typeof createWorkspaceWithUser>>;
let applianceId: string;

beforeAll(async () => {
  stored = await loginCounter();
  attacker = await loginCounter();
  internal = await ipv6LoopbackListener();
  workspace = await createWorkspaceWithUser();
  // Editors manage appliances only where an owner allowed it; this workspace does.
  await getDb().workspace.update({
    where: { id: workspace.workspaceId },
    data: { editorsManageAppliances: true },
  });
  applianceId = await createAppliance(
    workspace,
    applianceInputSchema.parse(form(stored.url, STORED_PASSWORD)),
  );
  signInAs(workspace, "editor");
});

afterAll(async () => {
  signOut();
  await Promise.all([stored.close(), attacker.close(), internal.close()]);
});

async function auditRows(action: string) {
  return getDb().auditEvent.findMany({
    where: { workspaceId: workspace.workspaceId, action },
    orderBy: { createdAt: "asc" },
  });
}

describe("a stored appliance password", () => {
  it("is not sent to another URL by an editor's connection test (password field asks again)", async () => {
    const result = await testApplianceInputAction({ id: applianceId, ...form(attacker.url, "") });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { password: [PASSWORD_AGAIN] },
    });
    expect(attacker.logins()).toEqual([]);
  });

  it("is not sent over a changed TLS trust either", async () => {
    const result = await testApplianceInputAction({
      id: applianceId,
      ...form(stored.url.replace("http://", "https://"), ""),
      tlsMode: "FINGERPRINT",
      fingerprint256: "ab".repeat(32),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [PASSWORD_AGAIN] } });
  });

  it("is used, as stored, when the form still points where it was saved for", async () => {
    const before = stored.logins().length;
    await testApplianceInputAction({ id: applianceId, ...form(stored.url, "") });
    await testApplianceAction({ id: applianceId });
    expect(stored.logins().slice(before)).toHaveLength(2);
    expect(stored.logins().at(-1)).toContain(STORED_PASSWORD);
    expect(attacker.logins()).toEqual([]);
  });

  it("needs retyping when an edit changes the URL (field error), and not for a rename", async () => {
    const moved = await updateApplianceAction({ id: applianceId, ...form(attacker.url, "") });
    expect(moved).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { password: [PASSWORD_AGAIN] },
    });
    const row = await getDb().appliance.findUniqueOrThrow({ where: { id: applianceId } });
    expect(row.baseUrl).toBe(stored.url);
    const renamed = await updateApplianceAction({
      id: applianceId,
      ...form(stored.url, ""),
      name: "adc-lab-renamed",
    });
    expect(renamed).toMatchObject({ ok: true });
  });
});

describe("the outbound policy on connection tests", () => {
  it("answers a refused internal target exactly like a closed port", async () => {
    const closed = await closedPort();
    const refusedTarget = await testApplianceInputAction(
      form(`http://[::1]:${internal.port}`, "pw"),
    );
    const closedTarget = await testApplianceInputAction(form(`http://127.0.0.1:${closed}`, "pw"));
    expect(refusedTarget).toEqual({
      ok: true,
      data: { ok: false, kind: "unreachable", message: UNREACHABLE_MESSAGE },
    });
    expect(closedTarget).toEqual(refusedTarget);
    expect(internal.connections()).toBe(0);
  });

  it("answers a refused and a closed fingerprint fetch alike", async () => {
    const closed = await closedPort();
    const refusedTarget = await fetchFingerprintAction({
      baseUrl: `https://[::1]:${internal.port}`,
    });
    const closedTarget = await fetchFingerprintAction({ baseUrl: `https://127.0.0.1:${closed}` });
    expect(refusedTarget).toMatchObject({ ok: false, error: UNREACHABLE_MESSAGE });
    expect(closedTarget).toEqual(refusedTarget);
    expect(internal.connections()).toBe(0);
  });

  it("keeps the poller and plans (stored connections) away from internal addresses", async () => {
    const id = await createAppliance(
      workspace,
      applianceInputSchema.parse({
        ...form(`http://[::1]:${internal.port}`, "pw"),
        name: "lh",
      }),
    );
    const client = getNitroClient(await getApplianceConnection(workspace.workspaceId, id));
    try {
      await expect(client.getApplianceInfo()).rejects.toMatchObject({
        kind: "unreachable",
        message: expect.stringContaining(UNREACHABLE_MESSAGE),
      });
    } finally {
      await client.dispose();
    }
    expect(internal.connections()).toBe(0);
  });
});

describe("the audit log", () => {
  it("records every connection test and fingerprint fetch, without the password", async () => {
    const tests = await auditRows("appliance.connection_tested");
    const fetches = await auditRows("appliance.fingerprint_fetched");
    expect(tests.length).toBeGreaterThanOrEqual(6);
    expect(fetches.length).toBe(2);
    expect(tests[0]).toMatchObject({
      targetType: "appliance",
      targetId: applianceId,
      detail: { ok: false, outcome: "refused" },
    });
    expect(fetches[0]).toMatchObject({ detail: { ok: false, outcome: "unreachable" } });
    const everything = JSON.stringify([...tests, ...fetches]);
    expect(everything).not.toContain(STORED_PASSWORD);
    expect(everything).not.toContain('"pw"');
  });
});
