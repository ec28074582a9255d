"use server";

import {
  acceptWithExistingAccount,
  acceptWithNewAccount,
  type AcceptedInvitation,
} from "@/lib/members/accept-invitation";
import { acceptWithExistingAccountSchema, acceptWithNewAccountSchema } from "@/lib/members/schemas";
import { signInToWorkspace } from "@/lib/members/workspace-session";
import { publicAction } from "@/lib/public-action";

// Public by necessity (the invitee may have no account yet): the link's token is the
// credential, checked on every submit; password attempts are throttled like sign-in.

/** Signs the new member in, straight into the workspace they just joined. */
async function openJoinedWorkspace(joined: AcceptedInvitation, password: string): Promise<string> {
  const signedIn = await signInToWorkspace({ email: joined.email, password }, joined.workspaceId);
  // An account with a second factor signs in with its code first.
  return signedIn ? "/topologies" : "/sign-in/code?next=%2Ftopologies";
}

export const acceptWithNewAccountAction = publicAction(
  "acceptInvitationNewAccount",
  acceptWithNewAccountSchema,
  async (input, { clientAddress }) =>
    openJoinedWorkspace(await acceptWithNewAccount(input, clientAddress), input.password),
);

export const acceptWithExistingAccountAction = publicAction(
  "acceptInvitationExistingAccount",
  acceptWithExistingAccountSchema,
  async (input, { clientAddress }) =>
    openJoinedWorkspace(await acceptWithExistingAccount(input, clientAddress), input.password),
);
