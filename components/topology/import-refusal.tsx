import { Alert } from "@/components/ui/alert";
import { REFUSED_MESSAGE } from "@/lib/topology/import/problem-fields";
import type { ImportProblem } from "@/lib/topology/import/types";
import { ImportProblemList } from "./import-problem-list";

/** A refused file: nothing was saved; every problem is listed so one round of fixes is enough. */
export function ImportRefusal({ problems }: { problems: readonly ImportProblem[] }) {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return (
    <div data-testid="import-refused">
      <Alert tone="error" title={`${REFUSED_MESSAGE} (${count})`}>
        <ImportProblemList problems={problems} testId="import-problems" />
      </Alert>
    </div>
  );
}
