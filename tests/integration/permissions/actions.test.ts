// Every server action against the permission table, through the real action with a stubbed
// session and the real database. The rows and what each proves: action-cases.ts.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import { actionCases, type ActionCase } from "./action-cases";
import {
  addMember,
  auditCount,
  newWorkspace,
  rolesWithout,
  UUID,
  weakestRoleWith,
  withArticle,
  type Member,
  type Refs,
} from "./fixtures";
import { signInAs, signOut } from "../../support/session-double";

vi.mock("@/lib/auth/session", () => import("../../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../../support/session-double"));
vi.mock("next/cache", () => import("../../support/session-double"));
// The request an invitation link's origin is read from (when APP_URL is not set).
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1" }) }));
// No mail server: an invitation made here is link-only, whatever the environment says.
vi.mock("@/lib/mail/smtp-settings", () => ({ getSmtpSettings: () => null }));

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

async function load(c: ActionCase): Promise<Action> {
  const loaded: Record<string, unknown> = await import(/* @vite-ignore */ c.module);
  const action = loaded[c.exportName];
  if (typeof action !== "function") throw new Error(`${c.module} exports no ${c.exportName}.`);
  return action as Action;
}

interface Scope {
  workspaceId: string;
  refs: Refs;
}

/** The case's rows of each workspace, and the audit rows about them or by `users`. */
async function snapshot(c: ActionCase, scopes: Scope[], users: Member[]) {
  return {
    rows: await Promise.all(scopes.map((s) => c.readState(s.workspaceId, s.refs))),
    audit: await auditCount(
      scopes.map((s) => s.workspaceId),
      users.map((u) => u.userId),
    ),
  };
}

/** Calls the action as `caller` (null: signed out) and checks that nothing changed. */
async function callChangingNothing(
  c: ActionCase,
  caller: Member | null,
  inputs: unknown[],
  scopes: Scope[],
  users: Member[],
): Promise<Array<ActionResult<unknown>>> {
  const action = await load(c);
  const before = await snapshot(c, scopes, users);
  if (caller) signInAs(caller);
  else signOut();
  const results: Array<ActionResult<unknown>> = [];
  try {
    for (const input of inputs) results.push(await action(input));
  } finally {
    signOut();
  }
  expect(await snapshot(c, scopes, users), "rows or audit events changed").toEqual(before);
  return results;
}

const codeOf = (result: ActionResult<unknown> | undefined) =>
  result === undefined ? "none" : result.ok ? "OK" : result.code;

/** Keys of `refs` holding an id that the case's input actually sends. */
function sentIds(c: ActionCase, refs: Refs): string[] {
  const sent = JSON.stringify(c.input(refs));
  return Object.entries(refs)
    .filter(([, value]) => typeof value === "string" && UUID.test(value) && sent.includes(value))
    .map(([key]) => key);
}

function replaced(refs: Refs, keys: string[], by: (key: string) => string | number): Refs {
  return { ...refs, ...Object.fromEntries(keys.map((key) => [key, by(key)])) };
}

describe.each(actionCases.map((c) => [`${c.exportName} (${c.permission})`, c] as const))(
  "%s",
  (_name, c) => {
    it("answers a signed-out caller UNAUTHENTICATED and changes nothing", async () => {
      const owner = await newWorkspace();
      const refs = await c.fixture(owner);
      const [result] = await callChangingNothing(
        c,
        null,
        [c.input(refs)],
        [{ workspaceId: owner.workspaceId, refs }],
        [owner],
      );
      expect(result).toEqual({
        ok: false,
        code: "UNAUTHENTICATED",
        error: "Your session has expired. Sign in again.",
      });
    });

    it.each(rolesWithout(c.permission))(
      "refuses a member with the %s role (FORBIDDEN) and changes nothing",
      async (role) => {
        const owner = await newWorkspace();
        const refs = await c.fixture(owner);
        const member = await addMember(owner.workspaceId, role);
        const [result] = await callChangingNothing(
          c,
          member,
          [c.input(refs)],
          [{ workspaceId: owner.workspaceId, refs }],
          [owner, member],
        );
        expect(result).toEqual({
          ok: false,
          code: "FORBIDDEN",
          error: "Your role in this workspace does not allow this.",
        });
      },
    );

    const role = weakestRoleWith(c.permission);
    if (c.unscoped) {
      it(`lets a member with the ${role} role past the permission check (${c.unscoped})`, async () => {
        const other = await newWorkspace();
        const member = await addMember(other.workspaceId, role);
        signInAs(member);
        try {
          const result = await (await load(c))(c.input(await c.fixture(other)));
          expect(["UNAUTHENTICATED", "FORBIDDEN", "INVALID_INPUT"]).not.toContain(codeOf(result));
        } finally {
          signOut();
        }
      });
      return;
    }

    it(`answers ${withArticle(role)} of another workspace for its ids exactly as for unknown ids, changing nothing`, async () => {
      const ownerA = await newWorkspace();
      const refsA = await c.fixture(ownerA);
      const ownerB = await newWorkspace();
      const refsB = await c.fixture(ownerB);
      const member = await addMember(ownerB.workspaceId, role);
      const scopes = [
        { workspaceId: ownerA.workspaceId, refs: refsA },
        { workspaceId: ownerB.workspaceId, refs: refsB },
      ];
      const keys = sentIds(c, refsA);
      expect(keys.length, "the input sends none of the fixture's ids").toBeGreaterThan(0);

      // All of A's ids; then, with several ids, one of A's among B's own objects (e.g. B's
      // topology with A's appliance), each against the same call with an unknown id instead.
      const pairs: Array<[string, Refs, Refs]> = [
        ["A's ids", refsA, replaced(refsA, keys, () => randomUUID())],
      ];
      if (keys.length > 1) {
        for (const key of keys) {
          pairs.push([
            `B's objects with A's ${key}`,
            replaced(refsB, [key], () => refsA[key] ?? ""),
            replaced(refsB, [key], () => randomUUID()),
          ]);
        }
      }
      for (const [label, foreign, unknown] of pairs) {
        const [fromForeign, fromUnknown] = await callChangingNothing(
          c,
          member,
          [c.input(foreign), c.input(unknown)],
          scopes,
          [ownerA, ownerB, member],
        );
        expect(fromForeign, label).toEqual(fromUnknown);
        // The caller holds the permission: an answer about the role would test nothing.
        expect(["UNAUTHENTICATED", "FORBIDDEN", "INVALID_INPUT"], label).not.toContain(
          codeOf(fromForeign),
        );
      }
    });
  },
);
