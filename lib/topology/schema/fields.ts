// Field builders for the full (Review) schemas. Every message names the field and says what to
// enter, so the wizard can show it next to the input as it is.
import { z } from "zod";
import { isFqdn, isIPv4, isIPv6, isDnsName, netmaskPrefixLength, parseCidrV4 } from "./net";
import { badCharacters, nsNameProblem } from "./ns-name";

// Control characters would break the CLI export and the NITRO bodies; nothing needs them.
const CONTROL_RE = /[\u0000-\u001f\u007f]/;

function text(message: string) {
  return z.string({ error: message });
}

export function requiredText(label: string, fix: string, max = 255) {
  return text(`${label}: ${fix}`)
    .min(1, `${label}: ${fix}`)
    .max(max, `${label}: use at most ${max} characters.`)
    .refine((v) => !CONTROL_RE.test(v), `${label}: remove line breaks and tab characters.`);
}

/** Optional free text: may be empty, never contains control characters. */
export function optionalText(label: string, max = 255) {
  return text(`${label}: enter text or leave it empty.`)
    .max(max, `${label}: use at most ${max} characters.`)
    .refine((v) => !CONTROL_RE.test(v), `${label}: remove line breaks and tab characters.`);
}

export function ipv4Field(label: string, example: string) {
  const message = `${label}: enter an IPv4 address such as ${example}.`;
  return text(message).refine(isIPv4, message);
}

/** IPv4 or empty: for values the admin may leave out (used only for checks). */
export function optionalIpv4Field(label: string, example: string) {
  const message = `${label}: enter an IPv4 address such as ${example}, or leave it empty.`;
  return text(message).refine((v) => v === "" || isIPv4(v), message);
}

/** Back-end server address: an IP (NITRO `ipaddress`) or a resolvable FQDN (NITRO `domain`). */
export function memberAddressField(label: string, example: string) {
  const message = `${label}: enter an IPv4 or IPv6 address such as ${example}, or a fully qualified host name such as ums1.corp.local.`;
  return text(message).refine((v) => isIPv4(v) || isIPv6(v) || isFqdn(v), message);
}

export function cidrField(label: string, example: string) {
  const message = `${label}: enter the subnet in CIDR form, such as ${example}.`;
  return text(message).refine((v) => parseCidrV4(v) !== undefined, message);
}

export function netmaskField(label: string) {
  const message = `${label}: enter a dotted IPv4 mask such as 255.255.255.255.`;
  return text(message).refine((v) => netmaskPrefixLength(v) !== undefined, message);
}

export function dnsNameField(label: string, example: string) {
  const message = `${label}: enter a DNS name such as ${example} (letters, digits and hyphens, dot-separated).`;
  return text(message).refine(isDnsName, message);
}

export function fqdnField(label: string, example: string) {
  const message = `${label}: enter a fully qualified domain name such as ${example}.`;
  return text(message).refine(isFqdn, message);
}

export function portField(label: string) {
  const message = `${label}: enter a whole number from 1 to 65535.`;
  return z.number({ error: message }).int(message).min(1, message).max(65535, message);
}

export function intField(label: string, min: number, max: number, unit = "") {
  const message = `${label}: enter a whole number from ${min} to ${max}${unit ? ` ${unit}` : ""}.`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

/** Name of an object that already exists on the appliance (certificate, Gateway vserver). */
export function nsNameField(label: string, example: string) {
  return text(`${label}: enter the NetScaler name, such as ${example}.`).superRefine((v, ctx) => {
    const problem = nsNameProblem(v);
    if (problem !== undefined) {
      const fix =
        v.length === 0 ? `enter the NetScaler name, such as ${example}` : `the name ${problem}`;
      ctx.addIssue({ code: "custom", message: `${label}: ${fix}.` });
    }
  });
}

export function booleanField(label: string) {
  return z.boolean({ error: `${label}: choose yes or no.` });
}

export function enumField<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
) {
  return z.enum(values, { error: `${label}: choose one of ${values.join(", ")}.` });
}

/** Part of `<prefix>_srv_<name>`: any characters NetScaler allows in a name. */
export function serverNameField(label: string, example: string) {
  return requiredText(label, `enter a name such as ${example}.`, 127).superRefine((v, ctx) => {
    const bad = badCharacters(v);
    if (bad) {
      ctx.addIssue({
        code: "custom",
        message: `${label}: remove ${bad}; use only letters, digits, spaces and _ # . : @ = -.`,
      });
    }
  });
}
