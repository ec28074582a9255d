// A failed poll is a state to show: each error kind in plain words, never a stack or secret.
import { isNitroError } from "@/lib/nitro";
import type { StatusFailure } from "./types";

const MESSAGES: Record<string, string> = {
  unreachable: "The appliance cannot be reached: nothing answers at its address.",
  dns: "The appliance's host name does not resolve.",
  timeout: "The appliance did not answer in time.",
  auth_failed: "The appliance refused the stored user name or password.",
  session_expired: "The appliance ended the session; it will log in again on the next poll.",
  tls: "The appliance's TLS certificate is not trusted.",
  tls_pin_mismatch: "The appliance presented a different certificate than the pinned one.",
  forbidden: "The stored user may not read the load-balancing configuration.",
  not_nitro: "The address does not answer like a NetScaler NITRO API.",
  bad_response: "The appliance sent an answer that could not be read.",
};

export function describeFailure(error: unknown): StatusFailure {
  if (isNitroError(error)) {
    const message = MESSAGES[error.kind] ?? `The appliance returned an error: ${error.message}`;
    return { kind: error.kind, message };
  }
  return { kind: "internal", message: "Reading the appliance's status failed on the server." };
}
