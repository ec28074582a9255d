import type { IncomingHttpHeaders } from "node:http";
import type { Appliance } from "../core/appliance";
import type { Session } from "../core/sessions";
import { asObject } from "../core/validate";
import { NitroError } from "../errors";
import { DONE } from "./respond";
import type { NitroReply } from "./reply";

// NITRO authentication: a login session carried in the NITRO_AUTH_TOKEN cookie, or stateless
// X-NITRO-USER / X-NITRO-PASS headers on every call.

export type AuthResult =
  { ok: true; session: Session | undefined } | { ok: false; error: NitroError };

function cookieToken(headers: IncomingHttpHeaders): string | undefined {
  const jar = [headers.cookie ?? "", ...(headers["set-cookie"] ?? [])].join(";");
  for (const part of jar.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name !== "NITRO_AUTH_TOKEN" && name !== "sessionid") continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export function authenticate(
  app: Appliance,
  headers: IncomingHttpHeaders,
  now: number,
): AuthResult {
  const token = cookieToken(headers);
  if (token !== undefined) {
    const session = app.sessions.lookup(token, now);
    return session ? { ok: true, session } : { ok: false, error: new NitroError(444) };
  }
  const user = header(headers, "x-nitro-user");
  if (user !== undefined) {
    const error = app.credentialsError(user, header(headers, "x-nitro-pass"));
    return error ? { ok: false, error } : { ok: true, session: undefined };
  }
  return { ok: false, error: new NitroError(1027) };
}

export function login(app: Appliance, body: unknown, now: number): NitroReply {
  const payload = asObject(asObject(body ?? {}).login ?? {});
  const error = app.credentialsError(payload.username, payload.password);
  if (error) throw error;
  const timeout = typeof payload.timeout === "number" ? payload.timeout : Number(payload.timeout);
  const session = app.sessions.create(
    String(payload.username),
    Number.isFinite(timeout) ? timeout : undefined,
    now,
  );
  return {
    status: 201,
    body: { ...DONE, sessionid: session.token },
    headers: { "Set-Cookie": `NITRO_AUTH_TOKEN=${session.token}; path=/nitro/v1` },
  };
}

export function logout(app: Appliance, session: Session | undefined): NitroReply {
  if (session) app.sessions.remove(session.token);
  return { status: 200, body: { ...DONE } };
}
