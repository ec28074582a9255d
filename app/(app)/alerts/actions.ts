"use server";

import { revalidatePath } from "next/cache";
import {
  awaitDeliveryOutcome,
  removeChannel,
  saveChannel,
  sendTestMessage,
} from "@/lib/alerts/manage-channels";
import { removeRule, saveRule } from "@/lib/alerts/manage-rules";
import { createSilence, expireSilence } from "@/lib/alerts/manage-silences";
import {
  channelInputSchema,
  idInputSchema,
  ruleInputSchema,
  silenceInputSchema,
} from "@/lib/alerts/schema";
import { authedAction } from "@/lib/safe-action";

export const saveAlertRuleAction = authedAction(
  "saveAlertRule",
  { permission: "alerts:manage", schema: ruleInputSchema },
  async (input, ctx) => {
    const rule = await saveRule(ctx, input);
    revalidatePath("/alerts");
    return { id: rule.id };
  },
);

export const deleteAlertRuleAction = authedAction(
  "deleteAlertRule",
  { permission: "alerts:manage", schema: idInputSchema },
  async ({ id }, ctx) => {
    await removeRule(ctx, id);
    revalidatePath("/alerts");
    return { id };
  },
);

export const saveAlertChannelAction = authedAction(
  "saveAlertChannel",
  { permission: "alerts:manage", schema: channelInputSchema },
  async (input, ctx) => {
    const channel = await saveChannel(ctx, input);
    revalidatePath("/alerts");
    return { id: channel.id };
  },
);

export const deleteAlertChannelAction = authedAction(
  "deleteAlertChannel",
  { permission: "alerts:manage", schema: idInputSchema },
  async ({ id }, ctx) => {
    await removeChannel(ctx, id);
    revalidatePath("/alerts");
    return { id };
  },
);

export const testAlertChannelAction = authedAction(
  "testAlertChannel",
  { permission: "alerts:manage", schema: idInputSchema },
  async ({ id }, ctx) => {
    const queued = await sendTestMessage(ctx, id);
    // The button shows the outcome: wait briefly for the worker's first attempt.
    const delivery = (await awaitDeliveryOutcome(ctx.workspaceId, queued.id)) ?? queued;
    revalidatePath("/alerts");
    return { status: delivery.status, httpStatus: delivery.httpStatus, error: delivery.error };
  },
);

export const createAlertSilenceAction = authedAction(
  "createAlertSilence",
  { permission: "alerts:manage", schema: silenceInputSchema },
  async (input, ctx) => {
    const silence = await createSilence(ctx, input);
    revalidatePath("/alerts");
    return silence;
  },
);

export const endAlertSilenceAction = authedAction(
  "endAlertSilence",
  { permission: "alerts:manage", schema: idInputSchema },
  async ({ id }, ctx) => {
    await expireSilence(ctx, id);
    revalidatePath("/alerts");
    return { id };
  },
);
