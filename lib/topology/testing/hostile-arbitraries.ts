// fast-check arbitraries for hostile input: what an attacker or a broken tool sends instead of a
// topology file or a wizard patch. Deep nesting, lists longer than any limit, wrong types,
// prototype keys, very long and odd Unicode text, numbers written as text and NaN-ish values,
// mixed into otherwise plausible documents so that the checks past the first one are reached.
import fc from "fast-check";

/** Keys a parser or a merge must treat as plain data. */
export const prototypeKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf"];

/** Real document keys, so a hostile value lands where the schema looks. */
const documentKeys = [
  "schemaVersion",
  "kind",
  "name",
  "prefix",
  "prerequisites",
  "database",
  "servers",
  "network",
  "loadBalancing",
  "dns",
  "after",
  "nodes",
  "monitor",
  "mdm",
  "mam",
  "gateway",
] as const;

const fieldKeys = [
  "name",
  "address",
  "serverId",
  "port",
  "ports",
  "purpose",
  "usip",
  "enabled",
  "type",
  "host",
  "vip",
  "snip",
  "umsSubnet",
  "persistence",
  "timeout",
  "mask",
  "rule",
  "hostName",
  "xmsFqdn",
  "netscalerRecord",
  "done",
  "by",
  "at",
  "database-ha",
  "password",
] as const;

const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...documentKeys, ...fieldKeys) },
  { weight: 2, arbitrary: fc.constantFrom(...prototypeKeys) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
);

/** Text that looks like another type, or is long, or is odd Unicode. */
const hostileTextArb = fc.oneof(
  fc.constantFrom("443", "1e309", "NaN", "Infinity", "-0", "0x1BB", "true", "null", "", " "),
  fc.constantFrom("${DB_PASSWORD}", "-----BEGIN PRIVATE KEY-----", "\u0000", "\ud800", "\u202e"),
  fc.string({ maxLength: 40, unit: "grapheme" }),
  fc.string({ maxLength: 40, unit: "binary" }),
  fc.integer({ min: 256, max: 20_000 }).map((n) => "x".repeat(n)),
);

/** A number that is not a plain port: NaN-ish, huge, negative, fractional. */
const hostileNumberArb = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 65536, Number.MAX_SAFE_INTEGER, 1e309, -1e309),
  fc.double(),
  fc.integer(),
);

/** JSON-representable hostile values: no NaN or Infinity (JSON writes them as null). */
export function hostileJsonValueArb(maxDepth = 4): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", maxDepth, withCrossShrink: true },
      hostileTextArb,
      hostileNumberArb.filter(Number.isFinite),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 5 }),
      fc.dictionary(keyArb, tie("value"), { maxKeys: 5 }),
    ),
  }));
  return value;
}

/** A list longer than any limit (the largest ones made cheaply, by filling). */
export const hugeListArb: fc.Arbitrary<unknown[]> = fc
  .tuple(
    fc.constantFrom(17, 33, 1000, 50_000, 200_000),
    fc.constantFrom<unknown>({}, "443", 443, null, { name: "a", address: "10.0.0.1" }),
  )
  // A fresh fill per list: fast-check hands out the same constant object to every run.
  .map(([length, fill]) => Array<unknown>(length).fill(structuredClone(fill)));

/** Nesting far deeper than any document, built without recursion. */
export const deepNestingArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 20, max: 60 }), fc.boolean())
  .map(([depth, asArrays]) => {
    let value: unknown = "bottom";
    for (let i = 0; i < depth; i++) value = asArrays ? [value] : { servers: value };
    return value;
  });

/** Any value a hostile document or patch may hold at a key. */
export function hostileValueArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 16, arbitrary: hostileJsonValueArb() },
    { weight: 1, arbitrary: hugeListArb },
    { weight: 1, arbitrary: deepNestingArb },
  );
}

/**
 * An object whose keys are mostly real keys (some prototype keys, some noise): a file's top
 * level, or a patch. Built with defineProperty so "__proto__" is an own key, as JSON.parse makes.
 */
export function hostileObjectArb(
  keys: fc.Arbitrary<string> = keyArb,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.array(fc.tuple(keys, hostileValueArb()), { maxLength: 8 }).map((entries) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of entries) {
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  });
}

/** A hostile file's top level: a known kind and version most of the time, so checks go deep. */
export const hostileDocumentArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.constantFrom<unknown>("IGEL_UMS", "XENMOBILE", "IGEL_UMS", "XENMOBILE", "OTHER", 7),
        fc.constantFrom<unknown>(1, 1, 1, 0, 2, "1", null, 1.5),
        hostileObjectArb(),
      )
      .map(([kind, schemaVersion, rest]) => ({ schemaVersion, kind, ...rest })),
  },
  { weight: 1, arbitrary: hostileJsonValueArb() },
  { weight: 1, arbitrary: hugeListArb },
);
