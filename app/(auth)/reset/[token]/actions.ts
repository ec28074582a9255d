"use server";

import { resetPassword, resetPasswordSchema } from "@/lib/auth/reset-links";
import { publicAction } from "@/lib/public-action";

// Public by necessity (the member cannot sign in): the link's token is the credential, checked
// and consumed in one conditional update, so it works once.
export const resetPasswordAction = publicAction(
  "resetPassword",
  resetPasswordSchema,
  async (input, { clientAddress }) => {
    await resetPassword(input, clientAddress);
    return "/sign-in?reset=1";
  },
);
