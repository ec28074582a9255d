// A valid appliance pinned to a fingerprint, for tests that need one stored: the fields as the
// form submits them, and the same parsed as the store takes them.
import { applianceInputSchema, type ApplianceInput } from "../schema";

export function applianceFormFields(overrides: Record<string, string> = {}) {
  return {
    name: "adc1",
    baseUrl: "https://127.0.0.1:9443",
    username: "nsroot",
    password: "Secret-Appliance-Pw",
    tlsMode: "FINGERPRINT",
    fingerprint256: "ab".repeat(32),
    ...overrides,
  };
}

export function pinnedApplianceInput(overrides: Record<string, string> = {}): ApplianceInput {
  return applianceInputSchema.parse(applianceFormFields(overrides));
}
