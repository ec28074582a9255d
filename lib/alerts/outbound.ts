// Where alert webhooks may go: the app's outbound policy (lib/appliances/outbound-policy.ts:
// no loopback, link-local, unspecified or cloud-metadata address) with its own allow-list,
// ALERT_ALLOWED_TARGETS. The host is resolved once and the checked address is the one the
// socket connects to, so a DNS answer that changes in between (rebinding) gets no request.
import { lookup } from "node:dns/promises";
import {
  checkAddress,
  EMPTY_ALLOW_LIST,
  formatIp,
  isAllowedHostName,
  isRefusedHostName,
  parseAllowList,
  parseIp,
  type AllowList,
} from "@/lib/appliances/outbound-policy";
import { getEnv } from "@/lib/env";

export function alertAllowList(): AllowList {
  return parseAllowList(getEnv().ALERT_ALLOWED_TARGETS ?? "").list;
}

export class OutboundRefusedError extends Error {}

const REFUSED =
  "the address is refused by the outbound policy (loopback, link-local or metadata); an administrator can allow it with ALERT_ALLOWED_TARGETS";

type Lookup = (hostname: string) => Promise<Array<{ address: string }>>;
const systemLookup: Lookup = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The address to connect to for `hostname`, or OutboundRefusedError. */
export async function resolveAlertTarget(
  hostname: string,
  allow: AllowList = alertAllowList(),
  resolve: Lookup = systemLookup,
): Promise<string> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  const literal = parseIp(bare);
  if (literal) {
    const address = formatIp(literal);
    if (checkAddress(address, allow) !== null) throw new OutboundRefusedError(REFUSED);
    return address;
  }
  if (isRefusedHostName(bare, allow)) throw new OutboundRefusedError(REFUSED);
  let answers: Array<{ address: string }>;
  try {
    answers = await resolve(bare);
  } catch {
    throw new OutboundRefusedError(`the host name ${bare} does not resolve`);
  }
  const first = answers[0];
  if (!first) throw new OutboundRefusedError(`the host name ${bare} does not resolve`);
  if (isAllowedHostName(bare, allow)) return first.address;
  if (answers.some(({ address }) => checkAddress(address, allow) !== null))
    throw new OutboundRefusedError(REFUSED);
  return first.address;
}

/** Plain http only to a destination ALERT_ALLOWED_TARGETS names (a receiver on this host);
 * everything else must be https, since the URL and the message travel in it. */
export function plainHttpAllowed(hostname: string, allow: AllowList = alertAllowList()): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "");
  const literal = parseIp(bare);
  if (!literal) return isAllowedHostName(bare, allow);
  // A local receiver (loopback, link-local) that ALERT_ALLOWED_TARGETS lets through.
  const address = formatIp(literal);
  return checkAddress(address, EMPTY_ALLOW_LIST) !== null && checkAddress(address, allow) === null;
}
