// A valid appliance pinned to a fingerprint, for tests that need one stored: the fields as the
// form submits them, and the same parsed as the store takes them.
import { randomInt } from "node:crypto";
import { applianceInputSchema, type ApplianceInput } from "../schema";

/**
 * A loopback address nobody else uses: the apply lock and object ownership are per NetScaler
 * (host, port, partition), so appliances sharing one URL are one box to the engine. Nothing
 * listens there; the outbound policy refuses it unless a test allows it.
 */
export function uniqueLoopbackUrl(port = 9443): string {
  const octet = () => randomInt(1, 255);
  return `https://127.${octet()}.${octet()}.${octet()}:${port}`;
}

/**
 * One address per test file (Vitest loads this module afresh for each), so files running side
 * by side never share a device, while a file's repeated inputs stay equal. A test that needs
 * two devices passes `baseUrl: uniqueLoopbackUrl()`.
 */
const THIS_FILE_URL = uniqueLoopbackUrl();

export function applianceFormFields(overrides: Record<string, string> = {}) {
  return {
    name: "adc1",
    baseUrl: THIS_FILE_URL,
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
