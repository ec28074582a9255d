import type { IncomingHttpHeaders } from "node:http";
import { parsePairs, rawQuery, safeDecode, type Pairs } from "./query";

export type NitroApi = "config" | "stat";

export interface NitroRequest {
  method: string;
  api: NitroApi;
  type: string;
  name: string | undefined;
  args: Pairs;
  filter: Pairs;
  attrs: string[] | undefined;
  count: boolean;
  bulkbindings: boolean;
  statbindings: boolean;
  idempotent: boolean;
  action: string | undefined;
  pagesize: number | undefined;
  pageno: number | undefined;
}

/** One NITRO request as the router handles it: the parsed URL, the body and the headers. */
export interface NitroCall {
  req: NitroRequest;
  body: unknown;
  headers: IncomingHttpHeaders;
}

/**
 * Clients encode a name twice (encodeURIComponent(encodeURIComponent(name))) so "/", "#" and
 * spaces survive proxies; the appliance decodes twice. A second pass that fails (a literal "%"
 * in a once-encoded name) keeps the once-decoded text.
 */
export function decodeName(segment: string): string {
  let once: string;
  try {
    once = decodeURIComponent(segment);
  } catch {
    return segment;
  }
  try {
    return decodeURIComponent(once);
  } catch {
    return once;
  }
}

const yes = (v: string | undefined): boolean => v !== undefined && v.toLowerCase() === "yes";
const int = (v: string | undefined): number | undefined => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isInteger(n) ? n : undefined;
};

/** Parses `/nitro/v1/<api>/<type>[/<name>]?...`; undefined when the path is not NITRO-shaped. */
export function parseNitroUrl(method: string, rawUrl: string): NitroRequest | undefined {
  const q = rawUrl.indexOf("?");
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const search = q < 0 ? "" : rawUrl.slice(q + 1);
  // Split before decoding so a double-encoded "/" inside a name never becomes a separator.
  const parts = path.split("/").filter((p) => p.length > 0);
  if (parts[0] !== "nitro" || parts[1] !== "v1") return undefined;
  const api = parts[2];
  const type = parts[3];
  if ((api !== "config" && api !== "stat") || !type || parts.length > 5) return undefined;
  const query = rawQuery(search);
  const attrs = query.get("attrs");
  return {
    method: method.toUpperCase(),
    api,
    type: decodeName(type).toLowerCase(),
    name: parts[4] === undefined ? undefined : decodeName(parts[4]),
    args: parsePairs(query.get("args")),
    filter: parsePairs(query.get("filter")),
    attrs: attrs
      ? safeDecode(attrs)
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean)
      : undefined,
    count: yes(query.get("count")),
    bulkbindings: yes(query.get("bulkbindings")),
    statbindings: yes(query.get("statbindings")),
    idempotent: yes(query.get("idempotent")),
    action: query.has("action") ? safeDecode(query.get("action") ?? "") : undefined,
    pagesize: int(query.get("pagesize")),
    pageno: int(query.get("pageno")),
  };
}
