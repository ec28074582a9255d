"use server";

import { revalidatePath } from "next/cache";
import { cancelInvitation } from "@/lib/members/invitations";
import { changeMemberRole, removeMember } from "@/lib/members/store";
import { inviteMember, renewInvitationLink } from "@/lib/members/invite-member";
import { appOrigin } from "@/lib/members/invitation-link";
import {
  changeRoleSchema,
  invitationIdSchema,
  inviteSchema,
  membershipIdSchema,
} from "@/lib/members/schemas";
import { authedAction } from "@/lib/safe-action";
import { issueResetLink } from "@/lib/auth/reset-links";

const MEMBERS_PATH = "/settings/members";

export const inviteMemberAction = authedAction(
  "inviteMember",
  { permission: "members:manage", schema: inviteSchema },
  async (input, ctx) => {
    const result = await inviteMember(ctx, input, await appOrigin());
    revalidatePath(MEMBERS_PATH);
    return result;
  },
);

export const cancelInvitationAction = authedAction(
  "cancelInvitation",
  { permission: "members:manage", schema: invitationIdSchema },
  async ({ id }, ctx) => {
    const result = await cancelInvitation(ctx, id);
    revalidatePath(MEMBERS_PATH);
    return result;
  },
);

export const renewInvitationLinkAction = authedAction(
  "renewInvitationLink",
  { permission: "members:manage", schema: invitationIdSchema },
  async ({ id }, ctx) => {
    const result = await renewInvitationLink(ctx, id, await appOrigin());
    revalidatePath(MEMBERS_PATH);
    return result;
  },
);

export const changeMemberRoleAction = authedAction(
  "changeMemberRole",
  { permission: "members:manage", schema: changeRoleSchema },
  async (input, ctx) => {
    const result = await changeMemberRole(ctx, input);
    // The header shows the signed-in user's role: refresh every page, not only this one.
    revalidatePath("/", "layout");
    return result;
  },
);

export const removeMemberAction = authedAction(
  "removeMember",
  { permission: "members:manage", schema: membershipIdSchema },
  async (input, ctx) => {
    const result = await removeMember(ctx, input);
    revalidatePath("/", "layout");
    return result;
  },
);

export const issueResetLinkAction = authedAction(
  "issuePasswordResetLink",
  { permission: "members:manage", schema: membershipIdSchema },
  async ({ membershipId }, ctx) => issueResetLink(ctx, membershipId, await appOrigin()),
);
