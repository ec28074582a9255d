// One keep-alive HTTP(S) agent per session. For HTTPS the agent performs the TLS handshake
// itself and decides trust *before* handing the socket to node:http, so with a pinned
// fingerprint nothing (not even the login body) is written to an unverified peer.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { NitroError, plainCause } from "./errors";
import { fingerprintsEqual, normalizeFingerprint } from "./fingerprint";
import type { TlsSettings } from "./types";
import type { ResolveTarget } from "./unreachable";

// Sockets idle longer than this are closed by us first, which keeps clear of the appliance's
// own keep-alive timeout (a request on a socket the server just closed fails with ECONNRESET).
const IDLE_SOCKET_MS = 4_000;
const MAX_SOCKETS = 6;

type ConnectCallback = (err: Error | null, stream: Duplex) => void;

export class NitroTlsAgent extends https.Agent {
  /** Fingerprint of the last certificate a server presented to this agent (colon form). */
  presentedFingerprint?: string;
  private readonly pin?: string;

  constructor(
    private readonly trust: TlsSettings,
    private readonly handshakeTimeoutMs: number,
    private readonly resolveTarget?: ResolveTarget,
  ) {
    super({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS });
    if (trust.mode === "fingerprint") this.pin = normalizeFingerprint(trust.sha256);
  }

  override createConnection(options: https.RequestOptions, callback?: ConnectCallback): undefined {
    const host = options.hostname ?? options.host ?? "localhost";
    if (!this.resolveTarget) {
      this.connectTo(host, host, Number(options.port), callback);
      return undefined;
    }
    // The socket goes to the address the resolver checked, never to a second lookup's answer.
    this.resolveTarget(host).then(
      (address) => this.connectTo(host, address, Number(options.port), callback),
      (err: Error) => callback?.(err, new net.Socket()),
    );
    return undefined;
  }

  private connectTo(host: string, address: string, port: number, callback?: ConnectCallback) {
    const socket = tls.connect({
      host: address,
      port,
      // SNI must not carry an IP address (RFC 6066); Node warns when it does.
      servername: net.isIP(host) ? undefined : host,
      ca: this.trust.mode === "ca" ? this.trust.caPem : undefined,
      // Trust is decided below so that every mode can report the presented fingerprint.
      rejectUnauthorized: false,
      ALPNProtocols: ["http/1.1"],
    });
    let settled = false;
    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) socket.destroy();
      callback?.(err, socket);
    };
    const timer = setTimeout(() => {
      settle(
        new NitroError("timeout", `TLS handshake with ${host} timed out`, {
          requestSent: false,
          code: "ETIMEDOUT",
        }),
      );
    }, this.handshakeTimeoutMs);
    socket.once("secureConnect", () => settle(this.checkTrust(socket, host)));
    socket.on("error", (err) => settle(err));
  }

  private checkTrust(socket: tls.TLSSocket, host: string): NitroError | null {
    const presented = socket.getPeerCertificate().fingerprint256;
    this.presentedFingerprint = presented;
    if (this.trust.mode === "insecure") return null;
    if (this.pin !== undefined) {
      if (presented && fingerprintsEqual(presented, this.pin)) return null;
      return new NitroError(
        "tls_pin_mismatch",
        `The certificate presented by ${host} has SHA-256 fingerprint ${presented ?? "(none)"}, ` +
          "which does not match the pinned fingerprint",
        { presentedFingerprint: presented, requestSent: false, code: "FINGERPRINT_MISMATCH" },
      );
    }
    if (socket.authorized) return null;
    const reason = String(socket.authorizationError ?? "UNKNOWN");
    const cause = plainCause(new Error(reason));
    return new NitroError(
      "tls",
      `The certificate presented by ${host} is not trusted (${reason})`,
      { presentedFingerprint: presented, requestSent: false, code: reason, cause },
    );
  }
}

/** Plain HTTP (lab appliances, the simulator) through the same target resolver. */
class ResolvingHttpAgent extends http.Agent {
  constructor(private readonly resolveTarget: ResolveTarget) {
    super({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS });
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: ConnectCallback,
  ): undefined {
    const host = options.hostname ?? options.host ?? "localhost";
    this.resolveTarget(host).then(
      (address) => {
        const socket = net.connect({ host: address, port: Number(options.port) });
        callback?.(null, socket);
      },
      (err: Error) => callback?.(err, new net.Socket()),
    );
    return undefined;
  }
}

export type NitroAgent = http.Agent | NitroTlsAgent;

export function createAgent(
  protocol: "http:" | "https:",
  trust: TlsSettings,
  timeoutMs: number,
  resolveTarget?: ResolveTarget,
): NitroAgent {
  if (protocol === "https:") return new NitroTlsAgent(trust, timeoutMs, resolveTarget);
  if (resolveTarget) return new ResolvingHttpAgent(resolveTarget);
  return new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_SOCKET_MS });
}
