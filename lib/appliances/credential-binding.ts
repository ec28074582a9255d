// A stored password belongs to the address, user, partition and certificate trust it was saved
// with. Changing any of them without typing the password again would let whoever may edit the
// appliance send the stored password somewhere else (their own server, plain http://).
import { ActionError } from "@/lib/action-result";
import type { ApplianceInput } from "@/lib/appliances/schema";

/** The stored fields the password is bound to. */
export interface CredentialTarget {
  baseUrl: string;
  username: string;
  partition: string | null;
  tlsMode: ApplianceInput["tlsMode"];
  caPem: string | null;
  fingerprint256: string | null;
}

export const credentialTargetSelect = {
  baseUrl: true,
  username: true,
  partition: true,
  tlsMode: true,
  caPem: true,
  fingerprint256: true,
} as const;

export const PASSWORD_AGAIN =
  "Enter the password again: the address, user, partition or certificate trust changed, and " +
  "the stored password is only sent where it was saved for.";

/** Whether the input points the stored password somewhere other than where it was saved for. */
export function credentialTargetChanged(stored: CredentialTarget, input: ApplianceInput): boolean {
  return (
    stored.baseUrl !== input.baseUrl ||
    stored.username !== input.username ||
    (stored.partition ?? null) !== (input.partition ?? null) ||
    stored.tlsMode !== input.tlsMode ||
    (stored.caPem ?? null) !== (input.caPem ?? null) ||
    (stored.fingerprint256 ?? null) !== (input.fingerprint256 ?? null)
  );
}

/** Refuses (on the password field) reusing the stored password for a changed target. */
export function assertPasswordStaysBound(stored: CredentialTarget, input: ApplianceInput): void {
  if (!input.password && credentialTargetChanged(stored, input))
    throw new ActionError(PASSWORD_AGAIN, "INVALID_INPUT", { password: [PASSWORD_AGAIN] });
}
