// The environment, validated once with zod. Empty strings count as missing, so a blank
// line in .env never silently overrides a default.
import { z } from "zod";
// Relative, not "@/": next.config.ts loads this file, and its loader resolves "@/" from here.
import { parseAllowList } from "./appliances/outbound-policy";
import { parseTrustedRange, type ProxyTrust, type TrustedRange } from "./server/proxy-trust";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

function isSmtpUrl(value: string): boolean {
  if (!/^smtps?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}

function trustSettingsConflict(env: {
  TRUST_PROXY: boolean;
  TRUSTED_PROXY_HOPS?: number | undefined;
  TRUSTED_PROXIES?: readonly TrustedRange[] | undefined;
}): string | null {
  const set = [
    env.TRUST_PROXY && "TRUST_PROXY",
    env.TRUSTED_PROXY_HOPS !== undefined && "TRUSTED_PROXY_HOPS",
    env.TRUSTED_PROXIES && "TRUSTED_PROXIES",
  ].filter((name) => typeof name === "string");
  return set.length > 1
    ? `set only one of ${set.join(", ")} (TRUST_PROXY=true is the old spelling of TRUSTED_PROXY_HOPS=1)`
    : null;
}

/** "30,7" → [30, 7] (largest first), or what is wrong with it. */
function parseWarnDays(value: string): number[] | string {
  const parts = value.split(",").map((part) => part.trim());
  const example = "e.g. 30,7";
  if (parts.some((part) => !/^\d+$/.test(part)))
    return `must be whole numbers of days separated by commas, ${example}`;
  const days = parts.map(Number);
  if (days.some((day) => day < 1 || day > 3650))
    return `every value must be 1–3650 days, ${example}`;
  if (new Set(days).size !== days.length) return `must not repeat a value, ${example}`;
  if (days.length > 5) return `at most 5 thresholds, ${example}`;
  return days.sort((a, b) => b - a);
}

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        "must be a postgresql:// URL, e.g. postgresql://user:pass@host:5432/db",
      ),
  ),
  APP_SECRET: optional(
    z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)"),
  ),
  APP_URL: optional(
    z.url("must be the absolute URL users open, e.g. https://netscaler-ha.example.com"),
  ),
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(blankToUndefined, z.string().default("127.0.0.1")),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default(".data")),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(["debug", "info", "warn", "error"]).default("info"),
  ),
  // Deprecated: TRUST_PROXY=true means TRUSTED_PROXY_HOPS=1 (see proxyTrust below).
  TRUST_PROXY: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0"])
      .default("false")
      .transform((value) => value === "true" || value === "1"),
  ),
  // How many reverse proxies in front of the app append to X-Forwarded-For.
  TRUSTED_PROXY_HOPS: optional(
    z.coerce
      .number("must be a whole number of proxies, e.g. 1")
      .int("must be a whole number of proxies, e.g. 1")
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10"),
  ),
  // Or the proxies' addresses: a comma-separated list of IP addresses and CIDR ranges.
  TRUSTED_PROXIES: optional(
    z.string().transform((value, ctx) => {
      const entries = value.split(",").map((entry) => entry.trim());
      const ranges = entries.map(parseTrustedRange);
      const bad = entries.filter((entry, index) => ranges[index] === null);
      if (bad.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `${bad.map((entry) => `"${entry}"`).join(", ")} ${bad.length === 1 ? "is not an IP address or CIDR range" : "are not IP addresses or CIDR ranges"} (e.g. 10.0.0.0/8, 192.0.2.7, fd00::/8)`,
        });
        return z.NEVER;
      }
      return ranges.filter((range) => range !== null);
    }),
  ),
  DEMO_APPLIANCE: z.preprocess(blankToUndefined, z.enum(["auto", "on", "off"]).default("auto")),
  STATUS_POLL_INTERVAL_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(500, "must be at least 500 (ms)").max(300_000).default(5000),
  ),
  STATUS_HISTORY_RETENTION_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(3650).default(30),
  ),
  // Scheduled drift check per applied topology (a plan, several NITRO reads); 0 = off.
  DRIFT_CHECK_INTERVAL_MINUTES: z.preprocess(
    blankToUndefined,
    z.coerce
      .number("must be a whole number of minutes, e.g. 15")
      .int("must be a whole number of minutes, e.g. 15")
      .min(0, "must be 0 (off) or more")
      .max(1440, "must be at most 1440 (a day)")
      .default(15),
  ),
  // Certificate warnings: days before expiry, comma-separated; the lowest of two or more is
  // critical (lib/status/certificates.ts).
  CERT_WARN_DAYS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default("30,7")
      .transform((value, ctx) => {
        const days = parseWarnDays(value);
        if (typeof days === "string") {
          ctx.addIssue({ code: "custom", message: days });
          return z.NEVER;
        }
        return days;
      }),
  ),
  // Bearer token for GET /metrics (Prometheus); unset, /metrics answers 404.
  METRICS_TOKEN: optional(
    z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)"),
  ),
  // How long an apply watches its new vservers settle before recording the verification; 0 = off.
  APPLY_VERIFY_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number("must be a whole number of seconds, e.g. 60")
      .int("must be a whole number of seconds, e.g. 60")
      .min(0, "must be 0 (off) or more")
      .max(600, "must be at most 600")
      .default(60),
  ),
  // A session ends after this long without a request (idle) and, however busy, this long
  // after sign-in (absolute); lib/auth/session-lifetime.ts. ASVS level 2 asks for 30 minutes
  // and 12 hours for an app that holds production credentials.
  SESSION_IDLE_MINUTES: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(5, "must be at least 5 (minutes)").max(1440).default(30),
  ),
  SESSION_MAX_HOURS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1, "must be at least 1 (hour)").max(720).default(12),
  ),
  // Optional outgoing mail for invitations. The URL carries the SMTP password: validation
  // messages never repeat the value, and lib/mail keeps it out of errors and logs.
  SMTP_URL: optional(
    z
      .string()
      .trim()
      .refine(
        isSmtpUrl,
        "must be smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS)",
      ),
  ),
  // smtp:// must upgrade with STARTTLS (invitation links are credentials); "true" allows a
  // plain-text relay, e.g. one on the same host.
  SMTP_INSECURE: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0"])
      .default("false")
      .transform((value) => value === "true" || value === "1"),
  ),
  SMTP_FROM: optional(
    z
      .string()
      .trim()
      .max(200)
      .regex(
        /^(?:[^<>@\s]+@[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/,
        'must be an address, e.g. netscaler-ha@example.com or "NetScaler HA <netscaler-ha@example.com>"',
      ),
  ),
  // Appliance addresses the outbound policy would refuse (loopback, link-local) but this
  // installation needs, e.g. "127.0.0.1" for `npm run sim`: CIDR ranges, addresses, host names.
  APPLIANCE_ALLOWED_TARGETS: optional(
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        for (const message of parseAllowList(value).errors)
          ctx.addIssue({ code: "custom", message });
      }),
  ),
  // Alert webhook destinations the outbound policy would refuse (loopback, link-local), e.g. a
  // receiver on the same host: CIDR ranges, addresses, host names (lib/alerts/outbound.ts).
  ALERT_ALLOWED_TARGETS: optional(
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        for (const message of parseAllowList(value).errors)
          ctx.addIssue({ code: "custom", message });
      }),
  ),
  // Set by the launcher (scripts/start.ts) when it runs the built-in simulator; not for users.
  DEMO_SIMULATOR_URL: optional(z.url()),
  DEMO_SIMULATOR_FINGERPRINT: optional(z.string()),
});

// One proxy setting at a time, checked after each variable is valid on its own.
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  const conflict = trustSettingsConflict(env);
  if (conflict) ctx.addIssue({ code: "custom", path: ["TRUSTED_PROXIES"], message: conflict });
});

export type Env = z.infer<typeof envSchema>;

/** How far X-Forwarded-For is believed (lib/server/proxy-trust.ts); one setting at a time. */
export function proxyTrust(env: Env): ProxyTrust {
  if (env.TRUSTED_PROXIES) return { kind: "addresses", ranges: env.TRUSTED_PROXIES };
  const hops = env.TRUSTED_PROXY_HOPS ?? (env.TRUST_PROXY ? 1 : 0);
  return hops > 0 ? { kind: "hops", hops } : { kind: "none" };
}

export class EnvError extends Error {}

/** Parses an environment record; throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Sets variables the launcher derives at start (the app secret from the data dir, the embedded
 * database's URL, the demo simulator's address) and drops the cached parse: a log line before
 * them must not leave the always-on watcher in this process reading an environment without them.
 */
export function setDerivedEnv(values: Record<string, string>): void {
  Object.assign(process.env, values);
  cached = undefined;
}

/** The secret, which the launcher has provided (from the environment or the data dir). */
export function getAppSecret(): string {
  const secret = getEnv().APP_SECRET;
  if (!secret) {
    throw new EnvError(
      "APP_SECRET is not set. Start the app with `npm start`, which generates one on the embedded default, or set APP_SECRET.",
    );
  }
  return secret;
}
