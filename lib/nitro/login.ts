// POST /config/login (and the partition switch that belongs to it) and POST /config/logout.
// The password exists only in the login body; the token only in the Cookie header.
import { checkReply } from "./envelope";
import { NitroError, withCallContext } from "./errors";
import { withRetries } from "./retry";
import type { HttpRequest, HttpResponse } from "./transport";

type Send = (req: HttpRequest) => Promise<HttpResponse>;

/** Session lifetime asked for at login (seconds); the poller keeps it alive well within. */
const SESSION_TIMEOUT_S = 1_800;

export interface LoginOptions {
  username: string;
  password: string;
  partition: string | null;
  timeoutMs: number;
  retries: number;
}

export async function login(send: Send, opts: LoginOptions): Promise<string> {
  const res = await withRetries("POST", opts.retries, () =>
    send({
      method: "POST",
      path: "/nitro/v1/config/login",
      body: {
        login: { username: opts.username, password: opts.password, timeout: SESSION_TIMEOUT_S },
      },
      timeoutMs: opts.timeoutMs,
    }),
  ).catch((error: unknown) => {
    throw withCallContext(error, "POST", "login");
  });
  let body;
  try {
    body = checkReply(res, { method: "POST", resource: "login", allowEmpty: true });
  } catch (error) {
    throw asAuthFailure(error);
  }
  const token = tokenFromCookie(res.headers["set-cookie"]) ?? stringOrUndefined(body.sessionid);
  if (!token) {
    throw new NitroError("bad_response", "Login succeeded but the appliance sent no session", {
      resource: "login",
      method: "POST",
      httpStatus: res.status,
    });
  }
  if (opts.partition) {
    try {
      await switchPartition(send, token, opts.partition, opts.timeoutMs);
    } catch (error) {
      await logout(send, token, opts.timeoutMs);
      throw error;
    }
  }
  return token;
}

// A partition belongs to the login session (docs/nitro.md#ha-partitions-and-saving), so the switch
// happens before the token is handed to anyone: no call ever runs in the default partition by
// accident.
async function switchPartition(send: Send, token: string, partition: string, timeoutMs: number) {
  const res = await send({
    method: "POST",
    path: "/nitro/v1/config/nspartition?action=Switch",
    headers: { Cookie: `NITRO_AUTH_TOKEN=${token}` },
    body: { nspartition: { partitionname: partition } },
    timeoutMs,
  });
  try {
    checkReply(res, { method: "POST", resource: "nspartition", allowEmpty: true });
  } catch (error) {
    if (!(error instanceof NitroError)) throw error;
    throw new NitroError(
      error.kind,
      `Cannot switch to partition "${partition}": ${error.message}`,
      {
        ...error.details(),
      },
    );
  }
}

/** Best effort: a failed logout only leaves a session that times out on its own. */
export async function logout(send: Send, token: string, timeoutMs: number): Promise<void> {
  try {
    await send({
      method: "POST",
      path: "/nitro/v1/config/logout",
      headers: { Cookie: `NITRO_AUTH_TOKEN=${token}` },
      body: { logout: {} },
      timeoutMs,
    });
  } catch {
    // ignored on purpose, see above
  }
}

function asAuthFailure(error: unknown): unknown {
  if (!(error instanceof NitroError)) return error;
  // 354/355 map to auth_failed already; any other 401 on login is also a credential problem.
  if (error.kind !== "auth_failed" && error.httpStatus !== 401) return error;
  const code = error.errorcode !== undefined ? ` (errorcode ${error.errorcode})` : "";
  return new NitroError(
    "auth_failed",
    `Authentication failed: the appliance rejected the user name or password${code}`,
    { ...error.details() },
  );
}

function tokenFromCookie(header: string[] | undefined): string | undefined {
  for (const cookie of header ?? []) {
    const match = /(?:^|;\s*)NITRO_AUTH_TOKEN=([^;]+)/.exec(cookie);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
