// Which NitroErrorKind an appliance reply or a socket failure becomes. The NITRO errorcode is the
// source of truth (docs/nitro.md#errors); the HTTP status is the fallback when no code is known.
import type { NitroErrorKind } from "./errors";

const CODE_KINDS: ReadonlyMap<number, NitroErrorKind> = new Map<number, NitroErrorKind>([
  // NSERR_NOUSER / NSERR_INVALPASSWD
  [354, "auth_failed"],
  [355, "auth_failed"],
  // session expired or killed / not logged in or timed out / login required
  [444, "session_expired"],
  [1027, "session_expired"],
  [352, "session_expired"],
  // no such resource / service / server / vserver / bind resource / certificate / cert
  // binding / partition
  [258, "not_found"],
  [344, "not_found"],
  [351, "not_found"],
  [461, "not_found"],
  [462, "not_found"],
  [463, "not_found"],
  [1208, "not_found"],
  [1540, "not_found"],
  [1542, "not_found"],
  [2755, "not_found"],
  // resource / server name / server / monitor binding already exists
  [273, "already_exists"],
  [433, "already_exists"],
  [1335, "already_exists"],
  [2133, "already_exists"],
  // too many references / object in use / cert referenced / monitor referenced / partition in use
  [315, "in_use"],
  [1070, "in_use"],
  [1541, "in_use"],
  [2131, "in_use"],
  [2757, "in_use"],
  // operation allowed only on the secondary / only on the primary
  [367, "secondary"],
  [368, "secondary"],
  // operation not permitted / command policy denies it
  [257, "forbidden"],
  [2138, "forbidden"],
  // invalid argument / args mutually exclusive / argument missing / bad value
  [278, "bad_request"],
  [1092, "bad_request"],
  [1095, "bad_request"],
  [1097, "bad_request"],
]);

export function kindForNitroError(
  errorcode: number | undefined,
  httpStatus: number,
): NitroErrorKind {
  if (errorcode !== undefined) {
    const known = CODE_KINDS.get(errorcode);
    if (known) return known;
    // NSERR_NITRO_*: bad object name, JSON, data type, method, action → a client bug
    if (errorcode >= 1232 && errorcode <= 1240) return "bad_request";
  }
  switch (httpStatus) {
    case 400:
      return "bad_request";
    case 401:
      return "session_expired";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 409:
      return "already_exists";
    default:
      return "nitro";
  }
}

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "EAI_NODATA"]);
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ENETDOWN",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EADDRNOTAVAIL",
]);

/** Kind of a socket-level failure, by its Node error code. */
export function kindForSocketError(code: string | undefined): NitroErrorKind {
  if (code && DNS_CODES.has(code)) return "dns";
  if (code && UNREACHABLE_CODES.has(code)) return "unreachable";
  if (code && isTlsCode(code)) return "tls";
  return "unreachable";
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith("ERR_TLS_") ||
    code.startsWith("ERR_SSL_") ||
    code.includes("CERT") ||
    code.includes("SELF_SIGNED") ||
    code.includes("UNABLE_TO_") ||
    code.startsWith("EPROTO")
  );
}

/** Codes meaning another save is running: 293, 1461, 603 (docs/nitro.md#errors). */
export const SAVE_BUSY_CODES: ReadonlySet<number> = new Set([293, 1461, 603]);

/** Session loss: the only replies that trigger the single automatic re-login. */
export const SESSION_LOST_CODES: ReadonlySet<number> = new Set([444, 1027]);
