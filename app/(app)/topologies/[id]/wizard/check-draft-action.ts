"use server";

// The wizard's document checks, answered for the draft in the browser as the admin types:
// the rules need the zod schemas, which would otherwise weigh on every step page. Nothing is
// read or stored; anyone who may see the topology may ask.
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { authedAction } from "@/lib/safe-action";
import { checkDraftInput } from "@/lib/wizard/check-draft-input";

export const checkWizardDraftAction = authedAction(
  "checkWizardDraft",
  {
    permission: "topology:read",
    schema: z.object({ document: z.unknown() }),
  },
  async (input) => {
    const answer = checkDraftInput(input.document);
    if (!answer.ok) throw new ActionError(answer.error, "INVALID_INPUT");
    return answer.checks;
  },
);
