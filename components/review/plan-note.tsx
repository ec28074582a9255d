import { Alert } from "@/components/ui/alert";
import type { ReviewAccess } from "./review-access";

/** Where the plan would be, for a role that may not plan: why there is none (not an error). */
export function PlanNote({ note }: { note: NonNullable<ReviewAccess["planNote"]> }) {
  return (
    <div data-testid="plan-not-available">
      <Alert tone="info" title={note.title}>
        {note.body}
      </Alert>
    </div>
  );
}
