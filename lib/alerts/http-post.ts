// One JSON POST to a webhook through the alert outbound policy (outbound.ts): the checked
// address is the one connected to; TLS still verifies the certificate against the host name.
// Errors name what happened, never the URL (its path is often the secret).
import http from "node:http";
import https from "node:https";
import { OutboundRefusedError, plainHttpAllowed, resolveAlertTarget } from "./outbound";

export const POST_TIMEOUT_MS = 10_000;

export interface PostResult {
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
}

export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = POST_TIMEOUT_MS,
): Promise<PostResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, httpStatus: null, error: "the stored URL is not valid" };
  }
  let address: string;
  try {
    address = await resolveAlertTarget(target.hostname);
  } catch (error) {
    return {
      ok: false,
      httpStatus: null,
      error:
        error instanceof OutboundRefusedError ? error.message : "the host could not be resolved",
    };
  }
  if (
    target.protocol !== "https:" &&
    !(target.protocol === "http:" && plainHttpAllowed(target.hostname))
  )
    return { ok: false, httpStatus: null, error: "only https:// URLs may be used here" };
  const client = target.protocol === "https:" ? https : http;
  return new Promise<PostResult>((resolve) => {
    const request = client.request(
      {
        method: "POST",
        protocol: target.protocol,
        host: address,
        port: target.port || (target.protocol === "https:" ? 443 : 80),
        path: `${target.pathname}${target.search}`,
        servername: target.protocol === "https:" ? target.hostname : undefined,
        headers: {
          ...headers,
          Host: target.host,
          "Content-Type": "application/json",
          "Content-Length": String(Buffer.byteLength(body)),
          "User-Agent": "netscaler-ha-alerts",
        },
        timeout: timeoutMs,
      },
      (response) => {
        // Read (and drop) a little of the answer so the socket is released.
        response.on("data", () => undefined);
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            httpStatus: status,
            error: status >= 200 && status < 300 ? null : `the receiver answered HTTP ${status}`,
          });
        });
        response.on("error", () =>
          resolve({
            ok: false,
            httpStatus: response.statusCode ?? null,
            error: "the answer broke off",
          }),
        );
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error: NodeJS.ErrnoException) => {
      resolve({ ok: false, httpStatus: null, error: describeSocketError(error) });
    });
    request.end(body);
  });
}

function describeSocketError(error: NodeJS.ErrnoException): string {
  if (error.message === "timeout") return `no answer within ${POST_TIMEOUT_MS / 1000} s`;
  switch (error.code) {
    case "ECONNREFUSED":
      return "the connection was refused";
    case "ECONNRESET":
      return "the connection was reset";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "the host is unreachable";
    case "CERT_HAS_EXPIRED":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return `the receiver's TLS certificate is not trusted (${error.code})`;
    default:
      return `the request failed (${error.code ?? "network error"})`;
  }
}
