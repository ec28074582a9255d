import { Badge } from "@/components/ui/badge";
import type { DeliveryStatus } from "@/lib/alerts/kinds";
import type { DeliveryView } from "@/lib/alerts/store/deliveries";
import { AlertsSection } from "./section";

const tone: Record<DeliveryStatus, "neutral" | "info" | "success" | "warning" | "danger"> = {
  queued: "info",
  retrying: "warning",
  sent: "success",
  failed: "danger",
  silenced: "neutral",
};

export function DeliveryLog({ deliveries }: { deliveries: DeliveryView[] }) {
  return (
    <AlertsSection
      id="deliveries"
      title="Delivery log"
      description="The latest 50 notices, one row per channel: queued, retrying (with backoff), sent, failed after the last retry, or silenced."
    >
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing was sent yet.</p>
      ) : (
        <div
          className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
          tabIndex={0}
          role="region"
          aria-label="Delivery log table"
        >
          <table className="min-w-full text-left text-sm">
            <thead className="bg-slate-50 dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2">
                  Channel
                </th>
                <th scope="col" className="px-3 py-2">
                  Status
                </th>
                <th scope="col" className="px-3 py-2">
                  Notice
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {deliveries.map((d) => (
                <tr key={d.id} data-testid="delivery-row">
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={d.createdAt}>{d.createdAt.replace("T", " ").slice(0, 19)}</time>
                  </td>
                  <td className="px-3 py-2">{d.channelName}</td>
                  <td className="px-3 py-2">
                    <Badge tone={tone[d.status]}>{d.status}</Badge>
                    {d.attempts > 0 ? (
                      <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                        {d.attempts} attempt{d.attempts === 1 ? "" : "s"}
                        {d.httpStatus ? `, HTTP ${d.httpStatus}` : ""}
                      </span>
                    ) : null}
                    {d.error ? (
                      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{d.error}</p>
                    ) : null}
                  </td>
                  <td className="min-w-64 px-3 py-2 break-words">{d.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AlertsSection>
  );
}
