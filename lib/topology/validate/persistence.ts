// Persistence rules that depend on the vserver's protocol (NetScaler refuses the others).
import type { Persistence } from "../schema/common";
import type { IssueCollector } from "./issues";

export function checkPersistence(
  out: IssueCollector,
  persistence: Partial<Persistence> | undefined,
  path: string,
  label: string,
  serviceType: "TCP" | "SSL_BRIDGE" | "SSL",
): void {
  if (persistence?.type !== "CUSTOMSERVERID") return;
  if (serviceType !== "SSL") {
    out.error(
      `${path}.type`,
      `${label} persistence: CUSTOMSERVERID works only on SSL or HTTP vservers and these are ${serviceType}; choose SOURCEIP.`,
    );
    return;
  }
  if (!persistence.rule?.trim()) {
    out.error(
      `${path}.rule`,
      `${label} persistence rule: enter the expression that finds the server ID, such as HTTP.REQ.COOKIE.VALUE("ACNODEID").`,
    );
  }
}
