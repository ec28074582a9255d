// TLS trust choices as plain data (no zod), for client components.
export const tlsModes = ["VERIFY", "CUSTOM_CA", "FINGERPRINT", "INSECURE"] as const;
export type TlsModeInput = (typeof tlsModes)[number];

export const tlsModeLabels: Record<TlsModeInput, string> = {
  VERIFY: "Verify with the system's trusted CAs",
  CUSTOM_CA: "Verify with my CA certificate",
  FINGERPRINT: "Pin the certificate's SHA-256 fingerprint",
  INSECURE: "Do not verify (unsafe)",
};
