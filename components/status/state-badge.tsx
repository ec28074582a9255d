import { Badge } from "@/components/ui/badge";
import { stateTone } from "./state-words";

/** A state token as the appliance spells it, coloured, with its words always visible. */
export function StateBadge({ state }: { state: string }) {
  return (
    <Badge tone={stateTone(state)} className="font-semibold whitespace-nowrap">
      <span data-testid="state">{state}</span>
    </Badge>
  );
}
