// The redactor for one shared link. Placeholders are numbered by first appearance in the
// compiled design, so the page and every later status poll call the same address by the
// same name ("address 3" in the diagram is "address 3" in the member table).
import { getDemoSimulator } from "@/lib/appliances/demo";
import type { ResolvedShareLink } from "@/lib/share/store";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { createRedactor, type Redactor } from "./redact";

/** Every URL the appliance is known by: the stored one and, for the demo, the running one. */
export function applianceUrls(link: ResolvedShareLink): string[] {
  if (!link.appliance) return [];
  const demo = link.appliance.isSimulated ? getDemoSimulator() : null;
  return [link.appliance.baseUrl, ...(demo ? [demo.url] : [])];
}

export function redactorForLink(link: ResolvedShareLink, desired: DesiredConfig | null): Redactor {
  const redactor = createRedactor({
    showAddresses: link.showAddresses,
    applianceUrls: applianceUrls(link),
  });
  // Walked for its side effect: it fixes the numbering before anything else is masked.
  if (desired) redactor.value(desired);
  return redactor;
}
