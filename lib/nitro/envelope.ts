// The NITRO reply envelope: {"errorcode":0,"message":"Done","severity":"NONE","<type>":[…]}.
// Turns an HTTP reply into either the parsed body or a NitroError, and pulls object lists out of
// it with the appliance's quirks: no key for an empty list, a plain object for singletons.
import { kindForNitroError } from "./error-map";
import { NitroError, type NitroMethod } from "./errors";
import type { HttpResponse } from "./transport";
import type { NitroRecord } from "./types";

export interface NitroBody extends NitroRecord {
  errorcode?: number;
  message?: string;
}

export interface ReplyContext {
  method: NitroMethod;
  resource: string;
  /** Writes may legitimately answer 2xx with an empty body. */
  allowEmpty?: boolean;
}

function isRecord(value: unknown): value is NitroRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function toNumber(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

/** Parse the body; NITRO always answers a JSON object, anything else is not NITRO. */
export function parseBody(res: HttpResponse): NitroBody | undefined {
  if (res.text.trim() === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  return { ...parsed, errorcode: toNumber(parsed.errorcode), message: messageOf(parsed) };
}

function messageOf(body: NitroRecord): string | undefined {
  return typeof body.message === "string" ? body.message.trim() : undefined;
}

/** The body of a successful reply, or the NitroError the reply stands for. */
export function checkReply(res: HttpResponse, ctx: ReplyContext): NitroBody {
  const body = parseBody(res);
  const ok = res.status >= 200 && res.status < 300;
  if (ok && body && (body.errorcode ?? 0) === 0) return body;
  if (ok && !body && ctx.allowEmpty && res.text.trim() === "") return {};
  // An error reply without errorcode or message is some other web server (a proxy, a login
  // page), not NITRO.
  if (!body || (!ok && body.errorcode === undefined && !body.message)) {
    throw notNitro(res, ctx);
  }
  if (res.status === 207) return body; // bulk: per-item results are read by the caller
  throw replyError(res.status, body, ctx);
}

export function replyError(status: number, body: NitroBody, ctx: ReplyContext): NitroError {
  const code = body.errorcode;
  const text = body.message || `HTTP ${status}`;
  return new NitroError(
    kindForNitroError(code, status),
    `${ctx.method} ${ctx.resource}: ${text}${code !== undefined ? ` (errorcode ${code})` : ""}`,
    { httpStatus: status, errorcode: code, resource: ctx.resource, method: ctx.method },
  );
}

function notNitro(res: HttpResponse, ctx: ReplyContext): NitroError {
  const type = String(res.headers["content-type"] ?? "no content type");
  return new NitroError(
    "not_nitro",
    `The server answered HTTP ${res.status} (${type}) but not in NITRO's JSON format`,
    { httpStatus: res.status, resource: ctx.resource, method: ctx.method, requestSent: true },
  );
}

/** Objects of `resource` in the body: missing key → [], plain object → [object]. */
export function extractList(body: NitroBody, resource: string): NitroRecord[] {
  const value = body[resource];
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  if (!items.every(isRecord)) {
    throw new NitroError("bad_response", `NITRO returned a malformed "${resource}" list`, {
      resource,
    });
  }
  return items;
}

/** `{"<type>":[{"__count":N}]}` → N (N arrives as a number or a string). */
export function extractCount(body: NitroBody, resource: string): number {
  const first = extractList(body, resource)[0];
  const count = toNumber(first?.__count);
  if (count === undefined) {
    if (first === undefined) return 0;
    throw new NitroError("bad_response", `NITRO returned no count for "${resource}"`, {
      resource,
    });
  }
  return count;
}
