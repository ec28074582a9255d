// Inputs of the members and invitations actions, shared by the forms and the server.
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { currentPasswordField, emailField } from "@/lib/auth/credential-fields";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { roles } from "@/lib/auth/roles";
import { invitedRoles } from "@/lib/members/invited-roles";

export const inviteSchema = z.object({
  // Trimmed before it is checked, so a pasted address with a stray space is still accepted.
  email: emailField("Enter a valid email address."),
  role: z.enum(invitedRoles, "Choose Editor or Viewer."),
});

export const changeRoleSchema = z.object({
  membershipId: uuidSchema("Unknown member."),
  role: z.enum(roles, "Choose Owner, Editor or Viewer."),
});

export const membershipIdSchema = z.object({ membershipId: uuidSchema("Unknown member.") });

export const invitationIdSchema = z.object({ id: uuidSchema("Unknown invitation.") });

export const switchWorkspaceSchema = z.object({ workspaceId: uuidSchema("Unknown workspace.") });

// The token is checked for shape before any lookup (isLinkTokenShape); here it is just text.
const tokenField = z.string().max(100);

export const acceptWithNewAccountSchema = z.object({
  token: tokenField,
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  password: newPasswordSchema,
});

export const acceptWithExistingAccountSchema = z.object({
  token: tokenField,
  password: currentPasswordField,
});

export type AcceptWithNewAccountInput = z.infer<typeof acceptWithNewAccountSchema>;
export type AcceptWithExistingAccountInput = z.infer<typeof acceptWithExistingAccountSchema>;
