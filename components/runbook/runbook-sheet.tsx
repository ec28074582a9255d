import { renderHtmlBody, type Runbook } from "@/lib/topology/runbook";

// Served by app/api/runbook/stylesheet: the same RUNBOOK_CSS the HTML download embeds.
const RUNBOOK_STYLESHEET = "/api/runbook/stylesheet";

/**
 * The runbook as the app shows and prints it: the same article the HTML download contains,
 * so what you print is what you mail. The markup comes from our own renderer, which escapes
 * every value (lib/topology/runbook/html.ts), hence the raw HTML.
 */
export function RunbookSheet({ runbook }: { runbook: Runbook }) {
  return (
    <div
      className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:rounded-none print:border-0 print:shadow-none dark:border-slate-700"
      data-testid="runbook"
    >
      {/* A stylesheet, not an inline <style>: the page CSP (proxy.ts) refuses inline styles. */}
      <link rel="stylesheet" href={RUNBOOK_STYLESHEET} />
      <div dangerouslySetInnerHTML={{ __html: renderHtmlBody(runbook) }} />
    </div>
  );
}
