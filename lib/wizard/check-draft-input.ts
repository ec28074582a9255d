// The check action's input: a whole draft from the browser, read the way a save reads one
// (list limits first, then the lenient draft schema), so a forged or oversized body is refused
// before any rule walks it.
import { topologyDraftSchema } from "@/lib/topology/schema/document";
import { topologyKinds, type TopologyKind } from "@/lib/topology/schema/kinds";
import { documentListLimitProblems } from "@/lib/topology/import/list-limits";
import { checkDraft, type DraftChecks } from "./draft-checks";

export type DraftCheckAnswer = { ok: true; checks: DraftChecks } | { ok: false; error: string };

export function checkDraftInput(raw: unknown): DraftCheckAnswer {
  const kind = typeof raw === "object" && raw !== null ? (raw as { kind?: unknown }).kind : null;
  if (typeof kind !== "string" || !(topologyKinds as readonly string[]).includes(kind)) {
    return { ok: false, error: "Not a topology draft." };
  }
  const tooLong = documentListLimitProblems(kind as TopologyKind, raw);
  if (tooLong.length > 0) return { ok: false, error: tooLong.map((p) => p.message).join(" ") };
  const parsed = topologyDraftSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "Not a topology draft." };
  return { ok: true, checks: checkDraft(parsed.data) };
}
