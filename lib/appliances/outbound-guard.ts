// The outbound policy applied to real connections: every socket to an appliance asks this
// resolver for its address. It resolves the host once, checks every address the name has, and
// hands back the one checked address the socket then connects to — a DNS answer that changes
// between the check and the connect (rebinding) never gets a socket.
import { lookup } from "node:dns/promises";
import {
  checkAddress,
  formatIp,
  isAllowedHostName,
  isRefusedHostName,
  parseAllowList,
  parseIp,
  type AllowList,
} from "@/lib/appliances/outbound-policy";
import { getEnv } from "@/lib/env";
import { unreachableError, type ResolveTarget } from "@/lib/nitro";

/** The allow-list from APPLIANCE_ALLOWED_TARGETS (validated at start by lib/env.ts). */
export function configuredAllowList(): AllowList {
  return parseAllowList(getEnv().APPLIANCE_ALLOWED_TARGETS ?? "").list;
}

type Lookup = (hostname: string) => Promise<Array<{ address: string }>>;

const systemLookup: Lookup = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** A resolver enforcing the policy; refused and unresolvable hosts fail alike (unreachable). */
export function policyResolver(
  allow: AllowList = configuredAllowList(),
  resolve: Lookup = systemLookup,
): ResolveTarget {
  return async (hostname) => {
    const literal = parseIp(hostname);
    if (literal) {
      const address = formatIp(literal);
      if (checkAddress(address, allow) !== null) throw unreachableError();
      return address;
    }
    if (isRefusedHostName(hostname, allow)) throw unreachableError();
    let answers: Array<{ address: string }>;
    try {
      answers = await resolve(hostname);
    } catch {
      throw unreachableError();
    }
    const first = answers[0];
    if (!first) throw unreachableError();
    // A name on the allow-list is trusted whatever it resolves to (e.g. "localhost" in a lab).
    if (isAllowedHostName(hostname, allow)) return first.address;
    if (answers.some(({ address }) => checkAddress(address, allow) !== null))
      throw unreachableError();
    return first.address;
  };
}
