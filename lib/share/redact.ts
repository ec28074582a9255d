// Masks addresses in everything a shared view sends to a browser without an account: every IP
// address becomes a numbered placeholder ("address 1", "network 1"), the same address always
// the same placeholder, so the diagram and tables still show what belongs together; the
// appliance's URL and host name become "appliance address". Pure: no I/O, no clock.
import { replaceAddresses } from "./addresses";

export const APPLIANCE_PLACEHOLDER = "appliance address";

export interface RedactorOptions {
  /** The link allows addresses: nothing is masked. */
  showAddresses: boolean;
  /** The appliance's base URLs (stored and, for the demo appliance, the running one). */
  applianceUrls?: readonly string[];
}

export interface Redactor {
  /** The text with its addresses masked. */
  text(value: string): string;
  /**
   * A deep copy of a JSON-like value (plain objects, arrays, strings, numbers, booleans, null,
   * undefined, Dates) with every string and object key masked. Anything else is refused, so
   * no value can slip through unmasked.
   */
  value<T>(value: T): T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The strings that name the appliance: its URLs (with and without path) and its host. */
function applianceNames(urls: readonly string[]): string[] {
  const names = new Set<string>();
  for (const raw of urls) {
    const url = raw.trim().replace(/\/+$/, "");
    if (!url) continue;
    names.add(url);
    try {
      const parsed = new URL(url);
      names.add(parsed.origin);
      names.add(parsed.host);
      names.add(parsed.hostname.replace(/^\[|\]$/g, ""));
    } catch {
      // Not a URL: the whole string is still masked where it appears.
    }
  }
  // Longest first, so a URL is replaced as a whole before its host is.
  return [...names].filter(Boolean).sort((a, b) => b.length - a.length);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function createRedactor(options: RedactorOptions): Redactor {
  if (options.showAddresses) {
    return { text: (value) => value, value: (value) => copy(value, (s) => s) };
  }
  const names = applianceNames(options.applianceUrls ?? []);
  // A host name is masked only as a whole word: "adc" must not eat "adcs-team".
  const appliance = names.length
    ? new RegExp(
        names.map((n) => `(?<![\\w.-])${escapeRegExp(n)}(?![\\w-]|\\.\\w)`).join("|"),
        "gi",
      )
    : null;
  const placeholders = new Map<string, string>();
  let hosts = 0;
  let networks = 0;

  const text = (value: string): string => {
    const withoutAppliance = appliance ? value.replace(appliance, APPLIANCE_PLACEHOLDER) : value;
    return replaceAddresses(withoutAppliance, (match) => {
      const key = match.text.toLowerCase();
      let placeholder = placeholders.get(key);
      if (!placeholder) {
        placeholder = match.network ? `network ${++networks}` : `address ${++hosts}`;
        placeholders.set(key, placeholder);
      }
      return placeholder;
    });
  };
  return { text, value: (value) => copy(value, text) };
}

function copy<T>(value: T, text: (s: string) => string): T {
  return walk(value, text) as T;
}

function walk(value: unknown, text: (s: string) => string): unknown {
  if (typeof value === "string") return text(value);
  if (
    value === null ||
    value === undefined ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, text));
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === "object" && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[text(key)] = walk(item, text);
    return out;
  }
  throw new TypeError(`A ${typeof value} cannot be checked for addresses.`);
}
