// The environment, validated once with zod. Empty strings count as missing, so a blank
// line in .env never silently overrides a default.
import { z } from "zod";

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
  TRUST_PROXY: z.preprocess(
    blankToUndefined,
    z
      .enum(["true", "false", "1", "0"])
      .default("false")
      .transform((value) => value === "true" || value === "1"),
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
  // Set by the launcher (scripts/start.ts) when it runs the built-in simulator; not for users.
  DEMO_SIMULATOR_URL: optional(z.url()),
  DEMO_SIMULATOR_FINGERPRINT: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses an environment record; throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
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
