// Canonical forms for comparing a wanted attribute with NITRO's read-back, and the sendable
// form of a read-back value (what an undo sends). Both sides of a comparison go through the
// same function with the same kind, so "5" and 5, "YES" and "ENABLED", "tcp" and "TCP" meet.
import type { AttributeValue, ManagedResource } from "../compile/desired";
import { defaultValue } from "./attribute-defaults";
import { attributeKinds, isAbsentToken, type AttributeKind } from "./attribute-rules";

const ON = new Set(["YES", "ON", "ENABLED", "TRUE"]);
const OFF = new Set(["NO", "OFF", "DISABLED", "FALSE"]);
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Kind from the rules table, else guessed from the wanted value. */
export function kindOf(attribute: string, wanted: unknown): AttributeKind {
  const known = attributeKinds.get(attribute);
  if (known) return known;
  if (typeof wanted === "number") return "number";
  if (typeof wanted === "boolean") return "flag";
  if (typeof wanted === "string") {
    const token = wanted.trim().toUpperCase();
    if (NUMERIC.test(token)) return "number";
    if (ON.has(token) || OFF.has(token)) return "flag";
  }
  return "text";
}

function listForm(value: unknown): string {
  const parts = Array.isArray(value) ? value.map(String) : String(value).split(",");
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .sort()
    .join(",");
}

function canonicalOf(value: unknown, kind: AttributeKind): string {
  switch (kind) {
    case "number": {
      const n = Number(value);
      return Number.isFinite(n) && String(value).trim() !== "" ? String(n) : String(value).trim();
    }
    case "flag": {
      const token = String(value).trim().toUpperCase();
      if (ON.has(token)) return "on";
      if (OFF.has(token)) return "off";
      return token;
    }
    case "enum":
      return String(value).trim().toUpperCase();
    case "list":
      return listForm(value);
    case "host":
      return String(value).trim().toLowerCase().replace(/\.$/, "");
    case "text":
      return Array.isArray(value) ? listForm(value) : String(value).trim();
  }
}

function isUnset(attribute: string, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== "string") return false;
  return value.trim() === "" || isAbsentToken(attribute, value);
}

/**
 * Canonical text of one attribute value, or null when it is not set. A value the appliance
 * did not return counts as its documented default; `wanted` is the desired object's
 * attributes (some defaults depend on the service type).
 */
export function canonical(
  resource: ManagedResource,
  attribute: string,
  value: unknown,
  kind: AttributeKind,
  wanted: Readonly<Record<string, unknown>>,
): string | null {
  let effective = value;
  if (isUnset(attribute, effective)) effective = defaultValue(resource, attribute, wanted);
  if (isUnset(attribute, effective)) return null;
  const text = canonicalOf(effective, kind);
  return text === "" ? null : text;
}

/** A read-back value in the form it is sent (like the wanted value's type), or null. */
export function sendable(
  resource: ManagedResource,
  attribute: string,
  value: unknown,
  like: AttributeValue | undefined,
  wanted: Readonly<Record<string, unknown>>,
): AttributeValue | null {
  let effective = value;
  if (isUnset(attribute, effective)) effective = defaultValue(resource, attribute, wanted);
  if (isUnset(attribute, effective)) return null;
  if (Array.isArray(effective)) return effective.map(String).join(",");
  const kind = kindOf(attribute, like);
  if (typeof like === "boolean" || (like === undefined && typeof effective === "boolean")) {
    return canonicalOf(effective, "flag") === "on";
  }
  if (
    (typeof like === "number" || (like === undefined && kind === "number")) &&
    NUMERIC.test(String(effective).trim())
  ) {
    return Number(effective);
  }
  if (typeof like === "string" && kind === "flag") return flagLike(effective, like);
  if (typeof effective === "number" || typeof effective === "boolean") {
    return typeof like === "string" ? String(effective) : effective;
  }
  return String(effective);
}

const FLAG_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["YES", "NO"],
  ["ON", "OFF"],
  ["ENABLED", "DISABLED"],
  ["TRUE", "FALSE"],
];

/** A flag in the vocabulary of the wanted value: an undo of "YES" must not send "ENABLED". */
function flagLike(value: unknown, like: string): string {
  const on = canonicalOf(value, "flag") === "on";
  const token = like.trim().toUpperCase();
  const pair = FLAG_PAIRS.find(([yes, no]) => yes === token || no === token);
  if (!pair) return String(value);
  const out = on ? pair[0] : pair[1];
  return like === like.toLowerCase() ? out.toLowerCase() : out;
}
