// A sign-in is recorded in the workspace the new session opens on (the person's oldest
// membership), so it shows in that workspace's log only; sign-ins recorded before, without a
// workspace, still show in every workspace of their person.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { signIn } from "@/lib/auth/sign-in";
import { listAuditEvents } from "@/lib/audit/query";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithUser } from "../support/fixtures";

const PASSWORD = "Stable-Horse-Battery-9";

/** Someone with a password who joined `first`, then (a day later) `second`. */
async function memberOfTwo() {
  const person = await createWorkspaceWithUser("owner");
  const db = getDb();
  await db.account.create({
    data: {
      id: randomUUID(),
      accountId: person.userId,
      providerId: "credential",
      userId: person.userId,
      password: await hashPassword(PASSWORD),
    },
  });
  const second = await createWorkspaceWithUser("owner");
  // Joined second later; written first, so "oldest" cannot come from insertion order.
  await db.membership.updateMany({
    where: { userId: person.userId },
    data: { createdAt: new Date("2024-01-01T00:00:00Z") },
  });
  await db.membership.create({
    data: {
      id: randomUUID(),
      workspaceId: second.workspaceId,
      userId: person.userId,
      role: "editor",
      createdAt: new Date("2024-01-02T00:00:00Z"),
    },
  });
  return { person, first: person.workspaceId, second: second.workspaceId };
}

/** Each test its own address, so the shared sign-in throttle never links two tests. */
const someAddress = () =>
  `10.9.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

const signInsOf = async (workspaceId: string, userId: string) =>
  (await listAuditEvents(workspaceId, { action: "auth.signed_in", actorId: userId })).entries;

describe("sign-ins in the audit log", () => {
  it("records the workspace the session opens on: the oldest membership", async () => {
    const { person, first, second } = await memberOfTwo();
    const address = someAddress();
    await signIn({ email: person.email, password: PASSWORD }, new Headers(), address);

    const events = await getDb().auditEvent.findMany({
      where: { actorId: person.userId, action: "auth.signed_in" },
    });
    expect(events.map((e) => [e.workspaceId, e.ipAddress])).toEqual([[first, address]]);
    expect(await signInsOf(first, person.userId)).toHaveLength(1);
    expect(await signInsOf(second, person.userId)).toEqual([]);
  });

  it("still shows an older sign-in, recorded without a workspace, in each of its person's", async () => {
    const { person, first, second } = await memberOfTwo();
    await getDb().auditEvent.create({
      data: { workspaceId: null, actorId: person.userId, action: "auth.signed_in" },
    });
    expect(await signInsOf(first, person.userId)).toHaveLength(1);
    expect(await signInsOf(second, person.userId)).toHaveLength(1);
  });
});
