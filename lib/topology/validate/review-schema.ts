// The schema Review requires: every field valid and no cross-field error. Warnings do not
// make it fail (use validateDocument to show them).
import { topologyFieldsSchema } from "../schema/document";
import { splitPath } from "./issues";
import { crossFieldRules } from "./rules";

export const topologyDocumentSchema = topologyFieldsSchema.superRefine((doc, ctx) => {
  for (const issue of crossFieldRules(doc).errors) {
    ctx.addIssue({ code: "custom", path: splitPath(issue.path), message: issue.message });
  }
});
