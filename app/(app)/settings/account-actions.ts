"use server";

import { headers } from "next/headers";
import { changePassword, changePasswordSchema } from "@/lib/auth/change-password";
import { currentSessionId } from "@/lib/members/workspace-session";
import {
  confirmTotpEnrolment,
  disableTotp,
  passwordConfirmSchema,
  startTotpEnrolment,
  totpCodeSchema,
} from "@/lib/auth/two-factor";
import { isSecondFactorRequired } from "@/lib/members/second-factor-requirement";
import { authedAction } from "@/lib/safe-action";

// One's own account: every member may change it, and setting up a second factor stays open
// while the workspace waits for one (beforeSecondFactor).

export const changePasswordAction = authedAction(
  "changePassword",
  { permission: "workspace:read", schema: changePasswordSchema },
  async (input, ctx) => changePassword(ctx, input, await currentSessionId()),
);

export const startTotpEnrolmentAction = authedAction(
  "startTotpEnrolment",
  { permission: "workspace:read", schema: passwordConfirmSchema, beforeSecondFactor: true },
  async ({ password }) => startTotpEnrolment(password, await headers()),
);

export const confirmTotpEnrolmentAction = authedAction(
  "confirmTotpEnrolment",
  { permission: "workspace:read", schema: totpCodeSchema, beforeSecondFactor: true },
  async ({ code }, ctx) => {
    await confirmTotpEnrolment(ctx, code, await headers());
    return { enabled: true };
  },
);

export const disableTotpAction = authedAction(
  "disableTotp",
  { permission: "workspace:read", schema: passwordConfirmSchema },
  async ({ password }, ctx) => {
    await disableTotp(
      ctx,
      password,
      await headers(),
      await isSecondFactorRequired(ctx.workspaceId),
    );
    return { enabled: false };
  },
);
