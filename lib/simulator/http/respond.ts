import type { ServerResponse } from "node:http";
import type { NitroErrorBody } from "../errors";

export const DONE = { errorcode: 0, message: "Done", severity: "NONE" } as const;

export type Envelope = typeof DONE | NitroErrorBody | Record<string, unknown>;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store, no-cache, must-revalidate",
    Server: "Apache",
    ...headers,
  });
  res.end(text);
}

/** GET envelope: the list under the type's key, or no key at all when it is empty. */
export function listEnvelope(type: string, rows: unknown[], asObject: boolean): Envelope {
  if (rows.length === 0) return { ...DONE };
  return { ...DONE, [type]: asObject ? rows[0] : rows };
}
