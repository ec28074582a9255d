// The workspace setting that requires a second factor: once on, a member without one can only
// reach the enrolment page (lib/auth/session.ts, lib/safe-action.ts and lib/server/route.ts
// enforce it) until they have set one up.
import "server-only";
import { z } from "zod";
import { defineWorkspaceSwitch } from "@/lib/members/workspace-switches";

export const secondFactorRequirementSchema = z.object({
  required: z.enum(["on", "off"], "Choose whether a second factor is required."),
});

const requirement = defineWorkspaceSwitch("requireTwoFactor", {
  on: "workspace.second_factor_required",
  off: "workspace.second_factor_optional",
});

export const isSecondFactorRequired = requirement.read;

/** Turns the requirement on or off; records only a real change. */
export const setSecondFactorRequired = requirement.set;
