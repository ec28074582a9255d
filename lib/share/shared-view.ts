// Everything the shared page shows, loaded for one token and masked as a whole before any of
// it reaches a component, so neither the HTML nor the React Server Component payload can
// carry an address the link does not allow. Appliance credentials are never loaded here.
import { resolveShareLink } from "@/lib/share/store";
import { getStatusRegistry, listTransitions, type TopologyStatus } from "@/lib/status";
import type { TransitionView } from "@/lib/status/store";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { loadSharedDesign } from "./design";
import { designRows, type DesignRow } from "./design-rows";
import { redactorForLink } from "./link-redactor";
import { planForShare, type SharedPlan } from "./shared-plan";
import { withSharedLinks } from "./shared-status";

/** How long the page waits for a plan; a slow appliance's plan lands in the cache later. */
const PLAN_WAIT_MS = 8_000;

export interface SharedView {
  title: string;
  kind: TopologyKind;
  /** ISO; null = the link never expires. */
  expiresAt: string | null;
  showAddresses: boolean;
  /** Why part of the view is missing (incomplete topology, no appliance yet). */
  notice: string | null;
  design: { config: DesiredConfig; rows: DesignRow[] } | null;
  /** null when there is nothing to plan; "pending" when the appliance is slow to answer. */
  plan: SharedPlan | { state: "pending" } | null;
  status: { applianceName: string; initial: TopologyStatus; transitions: TransitionView[] } | null;
}

function withDeadline<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The masked view for a token, or null for an unknown, expired or revoked link (404). */
export async function loadSharedView(
  token: string,
  options: { planWaitMs?: number } = {},
): Promise<SharedView | null> {
  const link = await resolveShareLink(token);
  if (!link) return null;
  const design = await loadSharedDesign(link);
  if (design === null) return null;
  const desired = design.ok ? design.desired : null;
  const shown = design.ok ? design.shown : null;
  const redactor = redactorForLink(link, shown);
  const base = {
    title: link.topology.name,
    kind: link.topology.kind,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    showAddresses: link.showAddresses,
  };
  if (!desired || !shown) {
    const notice = design.ok ? null : design.notice;
    return redactor.value({ ...base, notice, design: null, plan: null, status: null });
  }
  const shownDesign = { config: shown, rows: designRows(shown) };
  const applianceId = link.topology.applianceId;
  if (!applianceId || !link.appliance) {
    return redactor.value({
      ...base,
      notice:
        "No appliance has been chosen for this topology yet: there is no plan or live status.",
      design: shownDesign,
      plan: null,
      status: null,
    });
  }
  const [plan, result, transitions] = await Promise.all([
    withDeadline(
      planForShare({
        workspaceId: link.workspaceId,
        topologyId: link.topologyId,
        version: link.topology.version,
        applianceId,
        desired,
      }),
      options.planWaitMs ?? PLAN_WAIT_MS,
      { state: "pending" as const },
    ),
    getStatusRegistry().getTopologyStatus(link.workspaceId, link.topologyId),
    listTransitions(link.workspaceId, link.topologyId, { take: 100 }),
  ]);
  if (!result.ok) return null;
  return redactor.value({
    ...base,
    notice: null,
    design: shownDesign,
    plan,
    status: {
      applianceName: link.appliance.name,
      initial: withSharedLinks(result.status),
      transitions: transitions ?? [],
    },
  });
}
