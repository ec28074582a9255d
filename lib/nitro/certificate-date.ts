// sslcertkey.clientcertnotafter arrives as the appliance prints it ("Nov 11 14:58:18 2001 GMT",
// day padded with a space), not ISO. Date.parse reads that form and the RFC 1123 form alike in
// Node; anything else is dropped rather than guessed.

/** ISO string of a certificate validity date, or null when it cannot be read. */
export function certificateDateToIso(text: string | undefined): string | null {
  if (!text) return null;
  const ms = Date.parse(text.replace(/\s+/g, " ").trim());
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
