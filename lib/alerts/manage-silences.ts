// Silences: who, why, what (topology, rule, object) and until when; audited.
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/record";
import type { SilenceInput } from "./schema";
import { topologyInWorkspace } from "./store/rules";
import { endSilence, insertSilence } from "./store/silences";
import { inTransaction } from "./store/transaction";
import { listRules } from "./store/rules";

export async function createSilence(
  actor: Actor,
  input: SilenceInput,
  now = new Date(),
): Promise<{ id: string; endsAt: string }> {
  if (input.topologyId && !(await topologyInWorkspace(actor.workspaceId, input.topologyId)))
    throw new ActionError("The chosen topology no longer exists: reload the page.", "NOT_FOUND");
  if (input.ruleId && !(await listRules(actor.workspaceId)).some((r) => r.id === input.ruleId))
    throw new ActionError("The chosen rule no longer exists: reload the page.", "NOT_FOUND");
  const endsAt = new Date(now.getTime() + input.durationMinutes * 60_000);
  return inTransaction(async (tx) => {
    const { id } = await insertSilence(tx, {
      workspaceId: actor.workspaceId,
      topologyId: input.topologyId ?? null,
      ruleId: input.ruleId ?? null,
      objectKey: input.objectKey ?? null,
      reason: input.reason,
      createdById: actor.userId,
      endsAt,
    });
    await audit(
      actor,
      "alerts.silence_created",
      {
        type: "alert-silence",
        id,
        detail: {
          reason: input.reason,
          endsAt: endsAt.toISOString(),
          topologyId: input.topologyId ?? null,
          ruleId: input.ruleId ?? null,
          objectKey: input.objectKey ?? null,
        },
      },
      tx,
    );
    return { id, endsAt: endsAt.toISOString() };
  });
}

export async function expireSilence(actor: Actor, id: string): Promise<void> {
  await inTransaction(async (tx) => {
    if (!(await endSilence(tx, actor.workspaceId, id)))
      throw new ActionError("This silence has already ended.", "NOT_FOUND");
    await audit(actor, "alerts.silence_ended", { type: "alert-silence", id }, tx);
  });
}
