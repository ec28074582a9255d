import { buttonClasses } from "@/components/ui/button";
import { PrintButton } from "./print-button";

/** Print and the two downloads; hidden on paper. */
export function RunbookActions({ topologyId }: { topologyId: string }) {
  const href = (format: "md" | "html") => `/api/topologies/${topologyId}/runbook?format=${format}`;
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <PrintButton />
      <a href={href("md")} className={buttonClasses("secondary")} download>
        Download Markdown
      </a>
      <a href={href("html")} className={buttonClasses("secondary")} download>
        Download HTML
      </a>
    </div>
  );
}
