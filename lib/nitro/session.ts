// One authenticated NITRO session: login (shared by concurrent callers), partition switch,
// exactly one re-login on session loss, logout on dispose. Every error leaving this class has
// the password and the session tokens redacted.
import { createAgent, NitroTlsAgent, type NitroAgent } from "./agent";
import { checkReply, type NitroBody } from "./envelope";
import { SESSION_LOST_CODES } from "./error-map";
import { NitroError, withCallContext, type NitroMethod } from "./errors";
import { login, logout } from "./login";
import { withRetries } from "./retry";
import { sendRequest, type HttpResponse } from "./transport";
import type { ApplianceConnection } from "./types";
import { parseBaseUrl, type Endpoint } from "./url";

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
// After the appliance rejects the credentials, answer from memory for a while: a poller retrying
// every few seconds would otherwise lock the account (NetScaler counts failed logins).
const AUTH_FAILURE_HOLD_MS = 60_000;

export interface NitroCall {
  method: NitroMethod;
  path: string;
  resource: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Writes may answer 2xx with an empty body. */
  allowEmpty?: boolean;
  /** Override the session's retry count (e.g. 0 for a probe). */
  retries?: number;
  /** Override the session's timeout (e.g. longer for a config save). */
  timeoutMs?: number;
}

export interface NitroReply {
  status: number;
  headers: HttpResponse["headers"];
  body: NitroBody;
}

export class NitroSession {
  readonly endpoint: Endpoint;
  readonly username: string;
  readonly partition: string | null;
  readonly timeoutMs: number;
  readonly retries: number;
  /** Bumped on every successful login; caches tied to "this session" compare it. */
  generation = 0;
  private readonly password: string;
  private readonly agent: NitroAgent;
  private token?: string;
  private pastTokens: string[] = [];
  private loginInFlight?: Promise<string>;
  private authFailure?: { error: NitroError; until: number };
  private disposed = false;

  constructor(conn: ApplianceConnection) {
    this.endpoint = parseBaseUrl(conn.baseUrl);
    this.username = conn.username;
    this.password = conn.password;
    const partition = conn.partition?.trim();
    this.partition = partition && partition !== "default" ? partition : null;
    this.timeoutMs = conn.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = conn.retries ?? DEFAULT_RETRIES;
    this.agent = createAgent(this.endpoint.protocol, conn.tls, this.timeoutMs, conn.resolveTarget);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** SHA-256 fingerprint of the certificate the appliance last presented (HTTPS only). */
  get presentedFingerprint(): string | undefined {
    return this.agent instanceof NitroTlsAgent ? this.agent.presentedFingerprint : undefined;
  }

  /** Run one NITRO call with the session cookie; re-login once if the session was lost. */
  async call(call: NitroCall): Promise<NitroReply> {
    try {
      if (this.disposed) throw disposedError();
      const token = await this.ensureToken();
      try {
        return await this.exchange(call, token);
      } catch (error) {
        if (!isSessionLost(error)) throw error;
        this.invalidate(token);
        return await this.exchange(call, await this.ensureToken());
      }
    } catch (error) {
      throw this.redact(error);
    }
  }

  /** Log in now (e.g. to test credentials) without sending anything else. */
  async open(): Promise<void> {
    try {
      await this.ensureToken();
    } catch (error) {
      throw this.redact(error);
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const token = this.token;
    this.token = undefined;
    if (token) await logout(this.transport(), token, Math.min(this.timeoutMs, 3_000));
    this.agent.destroy();
  }

  private exchange(call: NitroCall, token: string): Promise<NitroReply> {
    const send = this.transport();
    return withRetries(call.method, call.retries ?? this.retries, async () => {
      const res = await send({
        method: call.method,
        path: call.path,
        body: call.body,
        headers: { ...call.headers, Cookie: `NITRO_AUTH_TOKEN=${token}` },
        timeoutMs: call.timeoutMs ?? this.timeoutMs,
      });
      const ctx = { method: call.method, resource: call.resource, allowEmpty: call.allowEmpty };
      return { status: res.status, headers: res.headers, body: checkReply(res, ctx) };
    }).catch((error: unknown) => {
      throw withCallContext(error, call.method, call.resource);
    });
  }

  private transport() {
    return (req: Parameters<typeof sendRequest>[2]) => sendRequest(this.endpoint, this.agent, req);
  }

  private ensureToken(): Promise<string> {
    if (this.token) return Promise.resolve(this.token);
    if (this.authFailure && this.authFailure.until > Date.now()) {
      return Promise.reject(this.authFailure.error);
    }
    this.loginInFlight ??= this.login().finally(() => {
      this.loginInFlight = undefined;
    });
    return this.loginInFlight;
  }

  private async login(): Promise<string> {
    const token = await login(this.transport(), {
      username: this.username,
      password: this.password,
      partition: this.partition,
      timeoutMs: this.timeoutMs,
      retries: this.retries,
    }).catch((error: unknown) => {
      if (error instanceof NitroError && error.kind === "auth_failed") {
        this.authFailure = { error, until: Date.now() + AUTH_FAILURE_HOLD_MS };
      }
      throw error;
    });
    this.authFailure = undefined;
    if (this.disposed) {
      await logout(this.transport(), token, Math.min(this.timeoutMs, 3_000));
      throw disposedError();
    }
    this.token = token;
    this.pastTokens = [token, ...this.pastTokens].slice(0, 4);
    this.generation++;
    return token;
  }

  private invalidate(token: string): void {
    // Concurrent callers may all see the same expiry: only the first clears the token, the
    // rest then share the one login that follows.
    if (this.token === token) this.token = undefined;
  }

  private redact(error: unknown): unknown {
    if (!(error instanceof NitroError)) return error;
    return error.redacted([this.password, ...this.pastTokens]);
  }
}

function isSessionLost(error: unknown): boolean {
  return (
    error instanceof NitroError &&
    error.httpStatus === 401 &&
    error.errorcode !== undefined &&
    SESSION_LOST_CODES.has(error.errorcode)
  );
}

function disposedError(): NitroError {
  return new NitroError("disposed", "This NITRO client has been disposed");
}
