// Every GET route handler with an [id] against the permission table, through the real handler
// with a stubbed session, the real database and the NetScaler simulator. The rows and what
// each proves: route-cases.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestSimulator } from "@/lib/apply/testing/harness";
import { can } from "@/lib/auth/permissions";
import { roles, type Role } from "@/lib/auth/roles";
import type { RunningSimulator } from "@/lib/simulator";
import { getStatusRegistry } from "@/lib/status";
import { addMember, newWorkspace, weakestRoleWith, withArticle, type Member } from "./fixtures";
import { fileOf } from "./exemptions";
import { routeCases, type RouteCase, type RouteEnv } from "./route-cases";
import { signInAs, signOut } from "../../support/session-double";
import { routeOf } from "./source-scan";

vi.mock("@/lib/auth/session", () => import("../../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../../support/session-double"));
vi.mock("next/cache", () => import("../../support/session-double"));

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

async function load(c: RouteCase): Promise<Handler> {
  const loaded: Record<string, unknown> = await import(/* @vite-ignore */ c.module);
  const handler = loaded[c.method];
  if (typeof handler !== "function") throw new Error(`${c.module} exports no ${c.method}.`);
  return handler as Handler;
}

interface Answer {
  status: number;
  body: string;
}

async function get(c: RouteCase, caller: Member | null, id: string): Promise<Answer> {
  const handler = await load(c);
  if (caller) signInAs(caller);
  else signOut();
  try {
    const response = await handler(new Request(c.url(id)), { params: Promise.resolve({ id }) });
    return { status: response.status, body: await response.text() };
  } finally {
    signOut();
  }
}

let sim: RunningSimulator;
let env: RouteEnv;

beforeAll(async () => {
  sim = await startTestSimulator();
  env = { simulatorUrl: sim.url };
});

afterAll(async () => {
  await getStatusRegistry().stopAll();
  await sim.close();
});

const title = (c: RouteCase) => `${c.method} ${routeOf(fileOf(c.module))} (${c.permission})`;

describe.each(routeCases.map((c) => [title(c), c] as const))("%s", (_name, c) => {
  it("answers 401 without a session", async () => {
    const owner = await newWorkspace();
    const id = await c.fixture(owner, env);
    expect(await get(c, null, id)).toEqual({
      status: 401,
      body: JSON.stringify({ error: "Your session has expired. Sign in again." }),
    });
  });

  it.each(
    roles.map((role: Role) => {
      const holds = can(role, c.permission);
      return [role, holds ? "200" : "404, as for an unknown id", holds] as const;
    }),
  )("answers a member with the %s role %s", async (role, _answer, holds) => {
    const owner = await newWorkspace();
    const id = await c.fixture(owner, env);
    const member = role === "owner" ? owner : await addMember(owner.workspaceId, role);
    const own = await get(c, member, id);
    if (holds) {
      expect(own.status, own.body).toBe(200);
    } else {
      // Without the permission the object might as well not exist.
      expect(own.status).toBe(404);
      expect(own).toEqual(await get(c, member, randomUUID()));
    }
  });

  const role = weakestRoleWith(c.permission);
  it(`answers ${withArticle(role)} of another workspace for its id exactly as for an unknown id`, async () => {
    const ownerA = await newWorkspace();
    const id = await c.fixture(ownerA, env);
    const ownerB = await newWorkspace();
    await c.fixture(ownerB, env);
    const member = await addMember(ownerB.workspaceId, role);
    const foreign = await get(c, member, id);
    expect(foreign).toEqual(await get(c, member, randomUUID()));
    expect(foreign.status, foreign.body).toBe(c.missingStatus ?? 404);
  });
});
