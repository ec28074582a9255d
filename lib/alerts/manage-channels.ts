// Creating, changing, removing and testing channels. The URL and HMAC key are encrypted before
// they reach the database and are never returned; an edit with them empty keeps them.
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/record";
import { sealChannelSecret } from "./channel-secrets";
import { dispatchNotice } from "./dispatch";
import { makeNotice } from "./notice";
import type { Enqueue } from "./queue";
import { enqueueDelivery } from "./queue";
import type { ChannelInput } from "./schema";
import {
  deleteChannel,
  findChannel,
  insertChannel,
  nameTaken,
  updateChannel,
  type ChannelView,
} from "./store/channels";
import { findDelivery, type DeliveryView } from "./store/deliveries";
import { inTransaction } from "./store/transaction";

function invalid(field: string, message: string): ActionError {
  return new ActionError("Check the highlighted field.", "INVALID_INPUT", { [field]: [message] });
}

export async function saveChannel(actor: Actor, input: ChannelInput): Promise<ChannelView> {
  if (await nameTaken(actor.workspaceId, input.name, input.id ?? null))
    throw invalid("name", "another channel has this name");
  const needsUrl = input.kind !== "email";
  const emailTo =
    input.kind === "email"
      ? (input.emailTo ?? "")
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean)
          .join(", ")
      : null;
  const audited = (channel: ChannelView, action: string, tx: Parameters<typeof audit>[3]) =>
    audit(
      actor,
      action,
      {
        type: "alert-channel",
        id: channel.id,
        // Whether secrets changed, never their values.
        detail: {
          name: channel.name,
          kind: channel.kind,
          urlReplaced: input.url !== undefined,
          hmacKey: channel.hasHmacKey,
        },
      },
      tx,
    );

  if (!input.id) {
    if (needsUrl && input.url === undefined) throw invalid("url", "enter the webhook URL");
    const id = randomUUID();
    return inTransaction(async (tx) => {
      const channel = await insertChannel(tx, {
        id,
        workspaceId: actor.workspaceId,
        name: input.name,
        kind: input.kind,
        urlEncrypted: needsUrl && input.url ? sealChannelSecret(id, "url", input.url) : null,
        hmacKeyEncrypted:
          input.kind === "webhook" && input.hmacKey
            ? sealChannelSecret(id, "hmac", input.hmacKey)
            : null,
        emailTo,
      });
      await audited(channel, "alerts.channel_created", tx);
      return channel;
    });
  }

  const existing = await findChannel(actor.workspaceId, input.id);
  if (!existing) throw new ActionError("This channel no longer exists.", "NOT_FOUND");
  if (existing.kind !== input.kind)
    throw invalid("kind", "a channel's type cannot change; add a new channel");
  const id = existing.id;
  return inTransaction(async (tx) => {
    const channel = await updateChannel(tx, actor.workspaceId, id, {
      name: input.name,
      emailTo,
      ...(needsUrl && input.url !== undefined
        ? { urlEncrypted: sealChannelSecret(id, "url", input.url) }
        : {}),
      ...(input.kind === "webhook" && input.hmacKey !== undefined
        ? { hmacKeyEncrypted: sealChannelSecret(id, "hmac", input.hmacKey) }
        : input.clearHmacKey
          ? { hmacKeyEncrypted: null }
          : {}),
    });
    if (!channel) throw new ActionError("This channel no longer exists.", "NOT_FOUND");
    await audited(channel, "alerts.channel_updated", tx);
    return channel;
  });
}

export async function removeChannel(actor: Actor, id: string): Promise<void> {
  await inTransaction(async (tx) => {
    const removed = await deleteChannel(tx, actor.workspaceId, id);
    if (!removed) throw new ActionError("This channel no longer exists.", "NOT_FOUND");
    await audit(
      actor,
      "alerts.channel_deleted",
      { type: "alert-channel", id, detail: { name: removed.name } },
      tx,
    );
  });
}

/** Queues a test message through the same queue as real notices; returns its delivery. */
export async function sendTestMessage(
  actor: Actor,
  id: string,
  enqueue: Enqueue = enqueueDelivery,
): Promise<DeliveryView> {
  const channel = await findChannel(actor.workspaceId, id);
  if (!channel) throw new ActionError("This channel no longer exists.", "NOT_FOUND");
  const notice = makeNotice({
    event: "test",
    rule: null,
    topology: null,
    object: null,
    state: null,
    since: null,
    monitor: null,
    detail: `test message to ${channel.name}`,
    at: new Date().toISOString(),
    url: null,
  });
  const [deliveryId] = await dispatchNotice(
    {
      workspaceId: actor.workspaceId,
      channels: [channel],
      notice,
      stateId: null,
      scope: { topologyId: null, ruleId: null, objectKey: null },
    },
    enqueue,
  );
  await audit(actor, "alerts.channel_tested", {
    type: "alert-channel",
    id,
    detail: { name: channel.name },
  });
  const delivery = deliveryId ? await findDelivery(actor.workspaceId, deliveryId) : null;
  if (!delivery) throw new ActionError("The test message could not be queued.");
  return delivery;
}

/** The delivery once it has an outcome (sent, retrying, failed), or as it is after `timeoutMs`. */
export async function awaitDeliveryOutcome(
  workspaceId: string,
  deliveryId: string,
  timeoutMs = 8_000,
): Promise<DeliveryView | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const delivery = await findDelivery(workspaceId, deliveryId);
    if (!delivery || delivery.status !== "queued" || Date.now() >= deadline) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
