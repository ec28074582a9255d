// Deleting a person's account, as a workspace owner. Not in the UI yet (the members page only
// removes a membership); the function exists so that deleting a user is proven to leave the
// audit log whole: audit rows keep the user's id and their name and e-mail as captured when each
// row was written (prisma/migrations/…_audit_delete_refused), and no row is changed or removed.
// The caller checks that the actor may remove members (the "member:remove" permission).
import "server-only";
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { lockWorkspaceMembers } from "./store";

export async function deleteUserAccount(actor: Actor, input: { userId: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const member = await tx.membership.findFirst({
      where: { userId: input.userId, workspaceId: actor.workspaceId },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) {
      throw new ActionError("This person is not a member of this workspace.", "NOT_FOUND");
    }
    if (input.userId === actor.userId) {
      throw new ActionError("You cannot delete your own account.", "CONFLICT");
    }
    // An account that belongs to another workspace too is not this owner's to delete.
    const elsewhere = await tx.membership.count({
      where: { userId: input.userId, workspaceId: { not: actor.workspaceId } },
    });
    if (elsewhere > 0) {
      throw new ActionError(
        `${member.user.name} also belongs to another workspace; remove them from this one instead.`,
        "CONFLICT",
      );
    }
    // Topologies, their revisions and share links name their author; those rows stay.
    const [topologies, revisions, shareLinks] = await Promise.all([
      tx.topology.count({
        where: { OR: [{ createdById: input.userId }, { updatedById: input.userId }] },
      }),
      tx.topologyRevision.count({ where: { authorId: input.userId } }),
      tx.shareLink.count({ where: { createdById: input.userId } }),
    ]);
    if (topologies + revisions + shareLinks > 0) {
      throw new ActionError(
        `${member.user.name} authored topologies, revisions or share links, which keep naming them; remove them from the workspace instead.`,
        "CONFLICT",
      );
    }
    await audit(
      actor,
      "member.removed",
      {
        type: "user",
        id: input.userId,
        detail: {
          memberUserId: input.userId,
          email: member.user.email,
          role: member.role,
          accountDeleted: true,
        },
      },
      tx,
    );
    // Sessions, accounts, memberships and second factors go with the user (ON DELETE CASCADE);
    // audit rows are not linked by a foreign key and stay exactly as recorded.
    await tx.user.delete({ where: { id: input.userId } });
  });
}
