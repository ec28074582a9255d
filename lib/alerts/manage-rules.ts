// Creating, changing and removing rules: checked against the workspace, audited.
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/record";
import type { RuleInput } from "./schema";
import { RULE_KIND_INFO } from "./kinds";
import {
  deleteRule,
  insertRule,
  listRules,
  ownChannelIds,
  topologyInWorkspace,
  updateRule,
  type RuleFields,
  type RuleView,
} from "./store/rules";
import { inTransaction } from "./store/transaction";

async function fieldsOf(actor: Actor, input: RuleInput): Promise<RuleFields> {
  // An unknown rule is "not found" before anything about its fields is said.
  if (input.id && !(await listRules(actor.workspaceId)).some((r) => r.id === input.id))
    throw new ActionError("This rule no longer exists.", "NOT_FOUND");
  if (input.topologyId && !(await topologyInWorkspace(actor.workspaceId, input.topologyId)))
    throw new ActionError("The chosen topology no longer exists: reload the page.", "NOT_FOUND");
  const own = await ownChannelIds(actor.workspaceId, input.channelIds);
  if (input.channelIds.some((id) => !own.has(id)))
    throw new ActionError("A chosen channel no longer exists: reload the page.", "NOT_FOUND");
  return {
    name: input.name,
    kind: input.kind,
    threshold: RULE_KIND_INFO[input.kind].threshold ? (input.threshold ?? null) : null,
    holdSeconds: input.holdSeconds,
    topologyId: input.topologyId ?? null,
    enabled: input.enabled,
    channelIds: [...new Set(input.channelIds)],
  };
}

export async function saveRule(actor: Actor, input: RuleInput): Promise<RuleView> {
  const fields = await fieldsOf(actor, input);
  return inTransaction(async (tx) => {
    const rule = input.id
      ? await updateRule(tx, actor.workspaceId, input.id, fields)
      : await insertRule(tx, actor.workspaceId, fields);
    if (!rule) throw new ActionError("This rule no longer exists.", "NOT_FOUND");
    await audit(
      actor,
      input.id ? "alerts.rule_updated" : "alerts.rule_created",
      {
        type: "alert-rule",
        id: rule.id,
        detail: {
          name: rule.name,
          kind: rule.kind,
          threshold: rule.threshold,
          holdSeconds: rule.holdSeconds,
          topologyId: rule.topologyId,
          enabled: rule.enabled,
          channels: rule.channelIds.length,
        },
      },
      tx,
    );
    return rule;
  });
}

export async function removeRule(actor: Actor, id: string): Promise<void> {
  await inTransaction(async (tx) => {
    const removed = await deleteRule(tx, actor.workspaceId, id);
    if (!removed) throw new ActionError("This rule no longer exists.", "NOT_FOUND");
    await audit(
      actor,
      "alerts.rule_deleted",
      { type: "alert-rule", id, detail: { name: removed.name } },
      tx,
    );
  });
}
