// Test support for the runbook tests: a fixed clock and contexts for both examples, so
// every generated file is byte-stable.
import type { RunbookContext } from "../types";

export const GENERATED_AT = new Date("2026-11-22T14:05:00.000Z");

export const igelContext: RunbookContext = {
  topologyName: "IGEL UMS cluster (seed example)",
  applianceName: "adc-lab-01",
  version: 7,
  generatedAt: GENERATED_AT,
};

export const xenMobileContext: RunbookContext = {
  topologyName: "XenMobile Server cluster (seed example)",
  applianceName: null,
  version: 3,
  generatedAt: GENERATED_AT,
};
