// What an admin enters for an appliance, validated by the server actions; each message is
// shown beside its field.
import { z } from "zod";
import { tlsModes } from "@/lib/appliances/tls-modes";

const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/** Accepts AA:BB:…, aa bb …, or 64 hex digits; returns upper-case colon form or null. */
export function canonicalFingerprint(value: string): string | null {
  const hex = value.replace(/[^0-9a-fA-F]/g, "").toUpperCase();
  if (hex.length !== 64) return null;
  const formatted = hex.match(/.{2}/g)?.join(":") ?? "";
  return FINGERPRINT.test(formatted) ? formatted : null;
}

export const baseUrlSchema = z
  .string()
  .trim()
  .min(1, {
    message: "Enter the appliance's management address, e.g. https://10.0.0.10.",
    abort: true,
  })
  .refine((value) => /^https?:\/\//i.test(value), {
    message: "Start with https:// (or http:// for a lab appliance).",
    abort: true,
  })
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.pathname === "/" && !url.search && !url.hash && !url.username;
    } catch {
      return false;
    }
  }, "Use only scheme, host and optional port, e.g. https://10.0.0.10 or https://adc.example.com:8443.")
  .transform((value) => new URL(value).origin);

const partitionSchema = z
  .string()
  .trim()
  .max(127, "Use at most 127 characters.")
  .refine(
    (value) => value === "" || /^[A-Za-z0-9_][A-Za-z0-9_.#: @=-]*$/.test(value),
    "Use letters, digits and _ . # : @ = -.",
  )
  .transform((value) => (value === "" || value === "default" ? null : value));

export const applianceInputSchema = z
  .object({
    name: z.string().trim().min(1, "Name the appliance.").max(80, "Use at most 80 characters."),
    baseUrl: baseUrlSchema,
    username: z
      .string()
      .trim()
      .min(1, "Enter the NetScaler user (e.g. nsroot or an API user).")
      .max(127),
    // Write-only: blank on edit keeps the stored password.
    password: z.string().max(256, "Use at most 256 characters.").default(""),
    tlsMode: z.enum(tlsModes, "Choose how to trust the appliance's certificate."),
    caPem: z.string().trim().default(""),
    fingerprint256: z.string().trim().default(""),
    partition: partitionSchema.default(""),
  })
  .superRefine((input, ctx) => {
    if (input.tlsMode === "CUSTOM_CA" && !input.caPem.includes("-----BEGIN CERTIFICATE-----")) {
      ctx.addIssue({
        code: "custom",
        path: ["caPem"],
        message: "Paste the CA certificate in PEM form (-----BEGIN CERTIFICATE-----…).",
      });
    }
    if (input.tlsMode === "FINGERPRINT" && !canonicalFingerprint(input.fingerprint256)) {
      ctx.addIssue({
        code: "custom",
        path: ["fingerprint256"],
        message: "Enter the SHA-256 fingerprint: 32 bytes in hex, e.g. AB:CD:…",
      });
    }
    if (input.baseUrl.startsWith("http://") && input.tlsMode !== "INSECURE") {
      ctx.addIssue({
        code: "custom",
        path: ["tlsMode"],
        message:
          "An http:// address has no certificate to check; choose https://, or 'Do not verify' to accept plain HTTP.",
      });
    }
  })
  .transform((input) => ({
    ...input,
    caPem: input.tlsMode === "CUSTOM_CA" ? input.caPem : null,
    fingerprint256:
      input.tlsMode === "FINGERPRINT" ? canonicalFingerprint(input.fingerprint256) : null,
  }));

export type ApplianceInput = z.infer<typeof applianceInputSchema>;
