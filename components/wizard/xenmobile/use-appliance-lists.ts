"use client";

// What the XenMobile pickers offer from the chosen appliance (certificate-key pairs, Gateway
// vservers), and why they fall back to a text field when there is nothing to pick from.
import { useWizard } from "../wizard-context";

export type ApplianceListState =
  | { status: "none" }
  | { status: "loading" }
  | { status: "unavailable"; message: string }
  | {
      status: "ok";
      certKeys: readonly string[];
      vpnVservers: ReadonlyArray<{ name: string; ipv46: string; port: number }>;
    };

export function useApplianceLists(): ApplianceListState & {
  refetch: () => void;
  fetching: boolean;
} {
  const { appliance } = useWizard();
  const { facts } = appliance;
  const extra = { refetch: () => void facts.refetch(), fetching: facts.isFetching };
  if (!appliance.id) return { status: "none", ...extra };
  if (facts.error) return { status: "unavailable", message: facts.error.message, ...extra };
  if (!facts.data) return { status: "loading", ...extra };
  if (facts.data.state === "unavailable") {
    return { status: "unavailable", message: facts.data.message, ...extra };
  }
  return {
    status: "ok",
    certKeys: facts.data.facts.certKeys,
    vpnVservers: facts.data.facts.vpnVservers,
    ...extra,
  };
}
