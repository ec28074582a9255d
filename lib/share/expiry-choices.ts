// The create form's expiry choices, in minutes. Plain data (no zod), so the client form stays
// small; the server's rule is in expiry.ts.
export const MIN_EXPIRY_MINUTES = 60;
export const MAX_EXPIRY_MINUTES = 30 * 24 * 60;

export const expiryChoices = [
  { value: "60", label: "1 hour" },
  { value: String(24 * 60), label: "1 day" },
  { value: String(7 * 24 * 60), label: "7 days" },
  { value: String(MAX_EXPIRY_MINUTES), label: "30 days" },
  { value: "never", label: "Never" },
] as const;

export const DEFAULT_EXPIRY = String(7 * 24 * 60);
