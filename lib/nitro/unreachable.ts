// One answer for every address the app could not (or may not) reach. A connection test names
// whatever the editor typed, so distinct answers for "refused", "timed out", "no such name" and
// "not allowed" would turn it into a scanner of the app's own network.
import { NitroError } from "./errors";

export const UNREACHABLE_MESSAGE =
  "No NetScaler could be reached at this address. Check the address and port, DNS, the " +
  "network path and that management access (NITRO) is enabled on this IP.";

/** Chooses the address to connect to for a host; throws to refuse it (see ApplianceConnection). */
export type ResolveTarget = (hostname: string) => Promise<string>;

/** The error a refused target raises: the same kind and text as a closed port. */
export function unreachableError(): NitroError {
  return new NitroError("unreachable", UNREACHABLE_MESSAGE, { requestSent: false });
}

/** Whether a failure happened before anything reached an appliance (no connection at all). */
export function isUnreachableFailure(error: NitroError): boolean {
  if (error.kind === "dns" || error.kind === "unreachable") return true;
  return error.kind === "timeout" && error.requestSent === false;
}
