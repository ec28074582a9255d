// Building blocks for the topology arbitraries (see arbitraries.ts): addresses from
// 10.0.0.0/8, 192.0.2.0/24 and 198.51.100.0/24 only, host names under .example.test.
import fc from "fast-check";
import type { Persistence } from "../schema/common";
import { numberToIPv4 } from "../schema/net";
import { DEFAULT_MAM_RULE } from "../schema/xenmobile";

/** First three octets of a /24 in the allowed ranges. */
export const subnetBaseArb = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(255)).map(([b, c]) => `10.${b}.${c}`),
  fc.constantFrom("192.0.2", "198.51.100"),
);

/** `count` distinct host addresses (.1–.254) in one /24. */
export function hostsArb(count: number) {
  return fc
    .tuple(
      subnetBaseArb,
      fc.uniqueArray(fc.integer({ min: 1, max: 254 }), { minLength: count, maxLength: count }),
    )
    .map(([base, hosts]) => ({ base, hosts: hosts.map((h) => `${base}.${h}`) }));
}

export const prefixArb = fc.stringMatching(/^[a-z0-9_][a-z0-9_.-]{0,11}$/);
/** Names with the characters NetScaler allows, spaces and # included, to exercise quoting. */
export const memberNameArb = fc.stringMatching(/^[a-z0-9]([a-z0-9_#.:@= -]{0,10}[a-z0-9])?$/);
export const nsNameArb = fc.stringMatching(/^[a-z0-9_][a-z0-9_.-]{0,15}$/);
export const topologyNameArb = fc.stringMatching(
  /^[A-Za-z0-9]([A-Za-z0-9 ._-]{0,20}[A-Za-z0-9])?$/,
);
export const labelArb = fc.stringMatching(/^[a-z]([a-z0-9-]{0,8}[a-z0-9])?$/);
export const fqdnArb = labelArb.map((label) => `${label}.example.test`);
export const sqlNameArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/);

export function checklistArb<const T extends readonly string[]>(ids: T) {
  const tick = fc.record({
    done: fc.boolean(),
    by: fc.constantFrom("admin@example.test", "Operator"),
    at: fc
      .date({
        min: new Date("2024-01-01T00:00:00Z"),
        max: new Date("2030-01-01T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString()),
  });
  return fc
    .subarray([...ids])
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => tick))
        .map(
          (ticks) =>
            Object.fromEntries(chosen.map((id, i) => [id, ticks[i]])) as Partial<
              Record<T[number], (typeof ticks)[number]>
            >,
        ),
    );
}

const maskArb = fc
  .integer({ min: 0, max: 32 })
  .map((bits) => numberToIPv4(bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits)));

export function persistenceArb(types: readonly Persistence["type"][]) {
  return fc.record({
    type: fc.constantFrom(...types),
    timeout: fc.integer({ min: 1, max: 1440 }),
    mask: maskArb,
    rule: fc.constantFrom(
      DEFAULT_MAM_RULE,
      `HTTP.REQ.HEADER("X-Node").VALUE(0)`,
      `HTTP.REQ.URL.QUERY.VALUE('node')`,
      `HTTP.REQ.COOKIE.VALUE("a\\b")`,
    ),
  });
}

/** Members get an IP from the subnet or, sometimes, a host name (NITRO `domain`). */
export function membersArb(count: number, hosts: string[]) {
  return fc
    .tuple(
      fc.uniqueArray(memberNameArb, {
        minLength: count,
        maxLength: count,
        selector: (n) => n.toLowerCase(),
      }),
      fc.array(fc.boolean(), { minLength: count, maxLength: count }),
    )
    .map(([names, useFqdn]) =>
      names.map((name, i) => ({
        name,
        address: useFqdn[i] && i > 0 ? `member${i}.example.test` : (hosts[i] ?? ""),
      })),
    );
}
