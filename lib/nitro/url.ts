// URL building for NITRO. Object names go into the path percent-encoded twice (what the Go SDK
// and the Ansible collection do, so names with "/", space or "#" survive the appliance's own
// decoding); args=/filter= values are encoded once (Ansible url_builder).
import { NitroError } from "./errors";
import type { ArgValue, GetAllOptions, StatOptions } from "./types";

const RESOURCE_RE = /^[a-z][a-z0-9_]*$/;
const ACTION_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

/** RFC 3986 strict: also encodes !'()* which encodeURIComponent leaves alone. */
export function encodeStrict(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function encodeName(name: string): string {
  return encodeStrict(encodeStrict(name));
}

export function assertResource(resource: string): void {
  if (!RESOURCE_RE.test(resource)) {
    throw new NitroError("bad_request", `Invalid NITRO resource name "${resource}"`, { resource });
  }
}

/** `k1:v1,k2:v2` with each value encoded once; keys are attribute names and stay as they are. */
export function formatArgs(args: Readonly<Record<string, ArgValue>>): string {
  return (
    Object.entries(args)
      // String(true) is "true": booleans travel lowercase, as Ansible's format_value sends them.
      .map(([key, value]) => `${key}:${encodeStrict(String(value))}`)
      .join(",")
  );
}

type Params = Array<[string, string]>;

export function readParams(options: GetAllOptions = {}): Params {
  const params: Params = [];
  if (options.attrs?.length) params.push(["attrs", options.attrs.join(",")]);
  if (options.filter && Object.keys(options.filter).length)
    params.push(["filter", formatArgs(options.filter)]);
  if (options.args && Object.keys(options.args).length)
    params.push(["args", formatArgs(options.args)]);
  if (options.view) params.push(["view", options.view]);
  if (options.pageSize !== undefined) params.push(["pagesize", String(options.pageSize)]);
  if (options.pageNo !== undefined) params.push(["pageno", String(options.pageNo)]);
  if (options.bulkBindings) params.push(["bulkbindings", "yes"]);
  return params;
}

export function statParams(options: StatOptions = {}): Params {
  const params: Params = [];
  if (options.args && Object.keys(options.args).length)
    params.push(["args", formatArgs(options.args)]);
  if (options.statBindings) params.push(["statbindings", "yes"]);
  return params;
}

export function actionParam(action: string): Params {
  if (!ACTION_RE.test(action)) {
    throw new NitroError("bad_request", `Invalid NITRO action "${action}"`);
  }
  return [["action", action]];
}

/**
 * Path below the base URL: `/nitro/v1/<area>/<resource>[/<name>][?query]`. Query values are
 * already encoded where NITRO wants it; the separators `:` and `,` must stay literal.
 */
export function nitroPath(
  area: "config" | "stat",
  resource: string,
  name?: string,
  params: Params = [],
): string {
  assertResource(resource);
  const namePart = name === undefined ? "" : `/${encodeName(name)}`;
  const query = params.map(([k, v]) => `${k}=${v}`).join("&");
  return `/nitro/v1/${area}/${resource}${namePart}${query ? `?${query}` : ""}`;
}

export interface Endpoint {
  protocol: "http:" | "https:";
  hostname: string;
  port: number;
  /** Path prefix before /nitro/v1 (normally ""; non-empty behind a reverse proxy). */
  prefix: string;
  /** Normalised base URL, used as the pool key and in messages. */
  origin: string;
}

export function parseBaseUrl(baseUrl: string): Endpoint {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new NitroError("bad_request", `"${baseUrl}" is not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new NitroError("bad_request", `Base URL must start with https:// or http://`);
  }
  if (url.username || url.password) {
    throw new NitroError("bad_request", "Base URL must not contain credentials");
  }
  const prefix = url.pathname.replace(/\/+$/, "").replace(/\/nitro\/v1$/, "");
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  // URL keeps IPv6 literals bracketed; sockets want them bare.
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { protocol: url.protocol, hostname, port, prefix, origin: `${url.origin}${prefix}` };
}
