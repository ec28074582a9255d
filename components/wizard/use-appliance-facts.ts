"use client";

// What the chosen appliance has (SNIPs, vservers, …), read through the facts route and
// cached for a minute; the wizard's appliance checks run on it in the browser.
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { fetchJson } from "@/components/review/fetch-json";
import type { ApplianceFactsState } from "@/lib/wizard/read-appliance-facts";

export type FactsQuery = UseQueryResult<ApplianceFactsState, Error>;

export function useApplianceFacts(applianceId: string | null): FactsQuery {
  return useQuery({
    queryKey: ["appliance-facts", applianceId],
    queryFn: () => fetchJson<ApplianceFactsState>(`/api/appliances/${applianceId}/facts`),
    enabled: applianceId !== null,
    staleTime: 60_000,
  });
}
