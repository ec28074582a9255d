// The two route wrappers: who gets through route(), and what both answer for a thrown error.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppSession } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { log } from "@/lib/log";
import { NitroError } from "@/lib/nitro";
import { publicRoute, route } from "./route";
import { notFound } from "./route-errors";

const session = vi.hoisted(() => ({ current: null as AppSession | null }));
vi.mock("@/lib/auth/session", () => ({ getAppSession: async () => session.current }));

const member = { userId: randomUUID(), workspaceId: randomUUID() };

function signInAs(as: typeof member, role: Role): void {
  session.current = {
    ...as,
    role,
    userName: "Tester",
    email: "tester@example.test",
    workspaceName: "Test workspace",
  };
}

afterEach(() => {
  session.current = null;
  vi.restoreAllMocks();
});

const echo = route("topology:write", async ({ session, id }) =>
  Response.json({ id, workspaceId: session.workspaceId }),
);

function call(id: string): Promise<Response> {
  return echo(new Request(`http://localhost/api/t/${id}`), { params: Promise.resolve({ id }) });
}

async function answer(response: Response): Promise<[number, unknown]> {
  return [response.status, await response.json()];
}

describe("route", () => {
  it("answers 401 without a session", async () => {
    expect(await answer(await call(randomUUID()))).toEqual([
      401,
      { error: "Your session has expired. Sign in again." },
    ]);
  });

  it("answers 404 without the permission and for a malformed id, as for an unknown id", async () => {
    signInAs(member, "viewer");
    expect(await answer(await call(randomUUID()))).toEqual([404, { error: "Not found." }]);
    signInAs(member, "editor");
    expect(await answer(await call("not-an-id"))).toEqual([404, { error: "Not found." }]);
  });

  it("hands the session and the id to the handler", async () => {
    signInAs(member, "editor");
    const id = randomUUID();
    expect(await answer(await call(id))).toEqual([200, { id, workspaceId: member.workspaceId }]);
  });

  it("answers what the handler throws through the error map", async () => {
    signInAs(member, "viewer");
    const id = randomUUID();
    const failing = route("topology:read", async () => {
      throw new NitroError("timeout", "No answer.");
    });
    const response = await failing(new Request(`http://localhost/api/t/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(await answer(response)).toEqual([502, { error: "No answer.", kind: "timeout" }]);
  });
});

describe("publicRoute", () => {
  const headers = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };
  const request = (token: string) => new Request(`http://localhost/api/s/${token}/status`);

  it("sets its headers on the handler's answer, the handler's own winning", async () => {
    const handler = publicRoute<{ token: string }>(
      async (_request, { token }) =>
        Response.json({ token }, { headers: { "cache-control": "max-age=5" } }),
      { headers },
    );
    const response = await handler(request("abc"), { params: Promise.resolve({ token: "abc" }) });
    expect(await answer(response)).toEqual([200, { token: "abc" }]);
    expect(response.headers.get("cache-control")).toBe("max-age=5");
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
  });

  it("answers a thrown error with its headers too", async () => {
    const handler = publicRoute(
      async () => {
        throw notFound();
      },
      { headers },
    );
    const response = await handler(request("abc"), { params: Promise.resolve({}) });
    expect(await answer(response)).toEqual([404, { error: "Not found." }]);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
  });

  it("logs an unexpected error with each parameter by name, never its value", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const token = "s3cr3t-token-value";
    const handler = publicRoute<{ token: string }>(
      async () => {
        throw new Error("boom");
      },
      { failure: "Try again." },
    );
    const response = await handler(request(token), { params: Promise.resolve({ token }) });
    expect(await answer(response)).toEqual([500, { error: "Try again." }]);
    const line = String(logged.mock.calls[0]?.[0]);
    expect(line).toMatch(/^GET \/api\/s\/\[token\]\/status failed: Error: boom/);
    expect(line).not.toContain(token);
  });
});
