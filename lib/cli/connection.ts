// --appliance and its TLS flags → the URL and trust settings of an ApplianceConnection. Done
// before anything else (password, database), so a mistake costs nothing.
import { readFileSync } from "node:fs";
import { normalizeFingerprint, type TlsSettings } from "@/lib/nitro";
import type { ApplianceArgs } from "./appliance-args";
import { CliError } from "./exit-codes";

export interface ApplianceTarget {
  /** Origin plus any path prefix, without a trailing slash. */
  baseUrl: string;
  username: string;
  partition: string | null;
  tls: TlsSettings;
  /** user@url for prompts and messages (never the password). */
  account: string;
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CliError(`--appliance "${text}" is not a URL; use e.g. https://10.0.0.10.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CliError("--appliance must start with https:// (or http:// with --insecure).");
  }
  if (url.username || url.password) {
    throw new CliError("--appliance must not contain a user or password; use --user.");
  }
  if (url.search || url.hash) throw new CliError("--appliance must not contain ? or #.");
  return url;
}

function tlsSettings(args: ApplianceArgs, url: URL): TlsSettings {
  if (url.protocol === "http:") {
    if (args.tls.mode !== "insecure") {
      throw new CliError(
        "An http:// URL sends the password unencrypted: pass --insecure to do it anyway, " +
          "or use https://.",
      );
    }
    return { mode: "insecure" };
  }
  switch (args.tls.mode) {
    case "verify":
    case "insecure":
      return { mode: args.tls.mode };
    case "fingerprint":
      try {
        return { mode: "fingerprint", sha256: normalizeFingerprint(args.tls.sha256) };
      } catch (error) {
        throw new CliError(`--fingerprint: ${(error as Error).message}.`);
      }
    case "ca":
      return { mode: "ca", caPem: readCa(args.tls.caFile) };
  }
}

function readCa(file: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`--ca ${file}: cannot be read (${(error as NodeJS.ErrnoException).code}).`);
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
    throw new CliError(`--ca ${file}: not a PEM certificate (no BEGIN CERTIFICATE line).`);
  }
  return pem;
}

export function applianceTarget(args: ApplianceArgs): ApplianceTarget {
  const url = parseUrl(args.url);
  const baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  const partition = args.partition && args.partition !== "default" ? args.partition : null;
  return {
    baseUrl,
    username: args.user,
    partition,
    tls: tlsSettings(args, url),
    account: `${args.user}@${baseUrl}${partition ? ` (partition ${partition})` : ""}`,
  };
}
