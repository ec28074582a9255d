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

/** The IGEL runbook's section headings, in the order an admin works through them. */
export const IGEL_SECTION_TITLES = [
  "1. Prerequisites",
  "2. Addresses and ports",
  "3. Database script",
  "4. NetScaler configuration",
  "5. DNS records",
  "6. After the NetScaler",
  "7. Rollback",
];
