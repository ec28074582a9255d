// The workspace's on/off settings an owner flips in Settings: each is one boolean column, read
// the same way and written the same way (only a real change is written and recorded), so the
// features that own a switch (lib/auth/appliance-grant.ts, second-factor-requirement.ts) say
// only which column and which audit actions.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export type WorkspaceSwitch = "editorsManageAppliances" | "requireTwoFactor";

/** The audit action recorded when the switch is turned on, and when it is turned off. */
export interface SwitchAuditActions {
  on: string;
  off: string;
}

function switchValue(name: WorkspaceSwitch, value: boolean) {
  return name === "requireTwoFactor"
    ? { requireTwoFactor: value }
    : { editorsManageAppliances: value };
}

/** The switch's value; off for a workspace that no longer exists. */
export async function readWorkspaceSwitch(
  workspaceId: string,
  name: WorkspaceSwitch,
): Promise<boolean> {
  const workspace = await getDb().workspace.findUnique({
    where: { id: workspaceId },
    select: switchValue(name, true),
  });
  return workspace?.[name] ?? false;
}

/** Turns the actor's workspace's switch on or off; records only a real change. */
export async function setWorkspaceSwitch(
  actor: Actor,
  name: WorkspaceSwitch,
  on: boolean,
  actions: SwitchAuditActions,
): Promise<{ changed: boolean }> {
  return getDb().$transaction(async (tx) => {
    const updated = await tx.workspace.updateMany({
      where: { id: actor.workspaceId, ...switchValue(name, !on) },
      data: switchValue(name, on),
    });
    if (updated.count === 0) return { changed: false };
    await audit(
      actor,
      on ? actions.on : actions.off,
      { type: "workspace", id: actor.workspaceId },
      tx,
    );
    return { changed: true };
  });
}

/**
 * One switch as its feature exposes it: `read(workspaceId)` and `set(actor, on)`, bound to the
 * switch's column and audit actions.
 */
export function defineWorkspaceSwitch(name: WorkspaceSwitch, actions: SwitchAuditActions) {
  return {
    read: (workspaceId: string): Promise<boolean> => readWorkspaceSwitch(workspaceId, name),
    set: (actor: Actor, on: boolean): Promise<{ changed: boolean }> =>
      setWorkspaceSwitch(actor, name, on, actions),
  };
}
