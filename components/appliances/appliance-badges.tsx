import { Badge } from "@/components/ui/badge";
import type { ApplianceView } from "@/lib/appliances/store";

/** Shown wherever an appliance appears: simulated, and unsafe trust settings. */
export function ApplianceBadges({
  appliance,
}: {
  appliance: Pick<ApplianceView, "isSimulated" | "tlsMode" | "baseUrl" | "simulatorRunning">;
}) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {appliance.isSimulated ? <Badge tone="info">Simulated</Badge> : null}
      {appliance.isSimulated && !appliance.simulatorRunning ? (
        <Badge tone="warning">Simulator not running</Badge>
      ) : null}
      {appliance.tlsMode === "INSECURE" ? (
        <Badge tone="danger">
          {appliance.baseUrl.startsWith("http://")
            ? "Plain HTTP: password sent unencrypted"
            : "Certificate not verified"}
        </Badge>
      ) : null}
    </span>
  );
}
