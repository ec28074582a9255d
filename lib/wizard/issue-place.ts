// Where an issue belongs in the wizard: its field's label in the wizard's words, the step that
// asks for the field, and the link to that field. Issue lists group by the step and link to it.
import { LABEL_SEPARATOR } from "@/lib/topology/diff";
import { pathLabels } from "@/lib/topology/diff/path-labels";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { StepId } from "@/lib/topology/schema/steps";
import type { Issue } from "@/lib/topology/validate/issues";
import { fieldId } from "./field-paths";
import { stepMeta } from "./meta";
import { fieldStep, wizardStepIds } from "./steps";

export interface IssuePlace {
  issue: Issue;
  /** "Servers › ums1 › Address"; empty for an issue about the whole document. */
  label: string;
  /** The message to show after the label: without the field's name it repeats. */
  message: string;
  step: StepId | null;
  /** The step page with the field's anchor; null when no step owns the field. */
  href: string | null;
}

export interface IssueStepGroup {
  step: StepId | null;
  /** The step's stepper label, or "Topology" for issues no step owns. */
  title: string;
  places: IssuePlace[];
}

export function placeIssue(
  kind: TopologyKind,
  doc: unknown,
  topologyId: string,
  issue: Issue,
): IssuePlace {
  const step = issue.path ? fieldStep(kind, issue.path) : null;
  const anchor = issue.path ? `#${fieldId(issue.path)}` : "";
  const labels = pathLabels(kind, doc, issue.path);
  return {
    issue,
    label: labels.join(LABEL_SEPARATOR),
    message: messageAfterLabel(labels.at(-1), issue.message),
    step,
    href: step ? `/topologies/${topologyId}/wizard/${step}${anchor}` : null,
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Messages name their field ("SNIP: 10.10.20.6 is not a SNIP…", "Not confirmed yet: Database
 * HA. Tick it…") because some lists show them alone; after the label that name is a repeat.
 */
export function messageAfterLabel(field: string | undefined, message: string): string {
  if (!field) return message;
  const name = escapeRegExp(field);
  const leading = new RegExp(`^${name}: `, "i");
  if (leading.test(message)) return message.replace(leading, "");
  return message.replace(new RegExp(`^([^:]{1,40}): ${name}\\. `, "i"), "$1. ");
}

/** Issues grouped by the step that owns them, in wizard order; unowned ones first. */
export function groupIssuesByStep(
  kind: TopologyKind,
  doc: unknown,
  topologyId: string,
  issues: readonly Issue[],
): IssueStepGroup[] {
  const places = issues.map((issue) => placeIssue(kind, doc, topologyId, issue));
  const order: (StepId | null)[] = [null, ...wizardStepIds(kind)];
  return order
    .map((step) => ({
      step,
      title: step ? (stepMeta(kind, step)?.label ?? step) : "Topology",
      places: places.filter((place) => place.step === step),
    }))
    .filter((group) => group.places.length > 0);
}
