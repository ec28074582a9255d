// The words for an appliance's HA state, shared by every page that shows it (the appliance's
// connection test, the status page's appliance bar), so one box is never "standalone" on one
// page and "primary" on another. Pure: client components import it directly.
const WORDS: Record<string, string> = {
  primary: "HA primary",
  secondary: "HA secondary",
  standalone: "Standalone (no HA pair)",
  // The status poller's first HA read is one interval away (lib/status/README.md).
  pending: "Reading HA state…",
};

/** "HA primary", "HA secondary", "Standalone (no HA pair)", "Reading HA state…" or "HA role unknown". */
export function haRoleWords(role: string | null | undefined): string {
  // Own keys only: a role string such as "toString" must not reach Object.prototype.
  return role && Object.hasOwn(WORDS, role) ? (WORDS[role] ?? "") : "HA role unknown";
}
