// GET /api/appliances/:id/facts through the real route handler with a mocked session, and the
// wizard's fetcher (components/wizard/use-appliance-facts.ts) on its answers: an appliance that
// cannot be read is data (200, "unavailable"); one this workspace does not have is the same 404
// as an unknown id, which the wizard shows as "unavailable" too, never as a raw error.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchApplianceFacts } from "@/components/wizard/use-appliance-facts";
import { applianceInputSchema } from "@/lib/appliances/schema";
import { SIM_PASSWORD, startTestSimulator } from "@/lib/apply/testing/harness";
import { createAppliance } from "@/lib/appliances/store";
import type { RunningSimulator } from "@/lib/simulator";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));

const { GET } = await import("@/app/api/appliances/[id]/facts/route");

type Actor = Awaited<ReturnType<typeof createWorkspaceWithUser>>;

function applianceAt(actor: Actor, name: string, baseUrl: string): Promise<string> {
  return createAppliance(
    actor,
    applianceInputSchema.parse({
      name,
      baseUrl,
      username: "nsroot",
      password: SIM_PASSWORD,
      tlsMode: "INSECURE",
    }),
  );
}

async function call(id: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/appliances/${id}/facts`), {
    params: Promise.resolve({ id }),
  });
}

/** The browser's fetch, answered by the route handler itself. */
function fetchThroughRoute(): void {
  vi.stubGlobal("fetch", async (url: string) => {
    const id = /\/api\/appliances\/([^/]+)\/facts$/.exec(url)?.[1] ?? "";
    return call(id);
  });
}

let sim: RunningSimulator;
let owner: Actor;
let readable: string;
let unreachable: string;
let foreign: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  owner = await createWorkspaceWithUser();
  readable = await applianceAt(owner, "sim", sim.url);
  // Nothing listens on port 1: a quick "could not connect".
  unreachable = await applianceAt(owner, "down", "https://127.0.0.1:1");
  foreign = await applianceAt(await createWorkspaceWithUser(), "elsewhere", sim.url);
  signInAs(owner, "viewer");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

afterAll(async () => {
  signOut();
  await sim.close();
});

describe("GET /api/appliances/:id/facts", () => {
  it("answers the facts of a readable appliance of the workspace", async () => {
    const response = await call(readable);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ state: "ok" });
  });

  it("answers an appliance that cannot be read with 200 and why", async () => {
    const response = await call(unreachable);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ state: "unavailable", reason: "unreachable" });
  });

  it("answers another workspace's appliance exactly like an unknown id: 404", async () => {
    const fromForeign = await call(foreign);
    const fromUnknown = await call(randomUUID());
    expect(fromForeign.status).toBe(404);
    expect(await fromForeign.json()).toEqual({ error: "Not found." });
    expect(fromUnknown.status).toBe(404);
    expect(await fromUnknown.json()).toEqual({ error: "Not found." });
  });
});

describe("the wizard's facts fetcher", () => {
  it("passes the route's facts and 'unavailable' answers through", async () => {
    fetchThroughRoute();
    expect(await fetchApplianceFacts(readable)).toMatchObject({ state: "ok" });
    expect(await fetchApplianceFacts(unreachable)).toMatchObject({
      state: "unavailable",
      reason: "unreachable",
    });
  });

  it("shows a 404 (removed, or not this workspace's) as unavailable, not as a failed request", async () => {
    fetchThroughRoute();
    const gone = {
      state: "unavailable",
      reason: "NOT_FOUND",
      message: "This appliance no longer exists.",
    };
    expect(await fetchApplianceFacts(foreign)).toEqual(gone);
    expect(await fetchApplianceFacts(randomUUID())).toEqual(gone);
  });

  it("fails with the server's message on any other error", async () => {
    signOut();
    try {
      fetchThroughRoute();
      await expect(fetchApplianceFacts(readable)).rejects.toThrow(
        "Your session has expired. Sign in again.",
      );
    } finally {
      signInAs(owner, "viewer");
    }
  });
});
