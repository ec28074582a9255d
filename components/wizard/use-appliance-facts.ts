"use client";

// What the chosen appliance has (SNIPs, vservers, …), read through the facts route and
// cached for a minute; the wizard's appliance checks run on it in the browser.
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { ApplianceFactsState } from "@/lib/wizard/read-appliance-facts";

export type FactsQuery = UseQueryResult<ApplianceFactsState, Error>;

const GONE: ApplianceFactsState = {
  state: "unavailable",
  reason: "NOT_FOUND",
  message: "This appliance no longer exists.",
};

/**
 * The facts route's answer. Its 404 (the appliance was removed meanwhile) is shown like an
 * appliance that does not answer, not as a failed request; other failures carry its message.
 */
export async function fetchApplianceFacts(applianceId: string): Promise<ApplianceFactsState> {
  const response = await fetch(`/api/appliances/${applianceId}/facts`, {
    headers: { accept: "application/json" },
    cache: "no-store",
  });
  if (response.status === 404) return GONE;
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(body.error ?? `The server answered ${response.status}.`);
  return body as ApplianceFactsState;
}

export function useApplianceFacts(applianceId: string | null): FactsQuery {
  return useQuery({
    queryKey: ["appliance-facts", applianceId],
    queryFn: () => fetchApplianceFacts(applianceId ?? ""),
    enabled: applianceId !== null,
    staleTime: 60_000,
  });
}
