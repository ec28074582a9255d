// All cross-field rules for a (possibly partial) document.
import type { TopologyDraft } from "../schema/document";
import { checkIgelUms } from "./igel-ums";
import { IssueCollector, type ValidationResult } from "./issues";
import { checkPrerequisites } from "./prerequisites";
import { checkXenMobile } from "./xenmobile";

export function crossFieldRules(doc: TopologyDraft): ValidationResult {
  const out = new IssueCollector();
  if (doc.kind === "IGEL_UMS") checkIgelUms(out, doc);
  else checkXenMobile(out, doc);
  checkPrerequisites(out, doc);
  return out.result();
}
