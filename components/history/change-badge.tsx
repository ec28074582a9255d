import { Badge } from "@/components/ui/badge";
import type { ChangeKind } from "@/lib/topology/diff";

const badges: Record<
  Exclude<ChangeKind, "unchanged">,
  { tone: "success" | "danger" | "warning"; text: string }
> = {
  added: { tone: "success", text: "Added" },
  removed: { tone: "danger", text: "Removed" },
  changed: { tone: "warning", text: "Changed" },
};

export function ChangeBadge({ change }: { change: Exclude<ChangeKind, "unchanged"> }) {
  const badge = badges[change];
  return <Badge tone={badge.tone}>{badge.text}</Badge>;
}
