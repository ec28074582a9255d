// "Trust this fingerprint": connect without verification, report the leaf certificate the
// server presents, send nothing. The UI shows it so the admin can compare and pin it.
import net from "node:net";
import tls from "node:tls";
import { kindForSocketError } from "./error-map";
import { NitroError, plainCause } from "./errors";
import { formatFingerprint } from "./fingerprint";
import type { ResolveTarget } from "./unreachable";
import { parseBaseUrl } from "./url";

export interface PeerCertificate {
  /** SHA-256 fingerprint, colon form (upper case). */
  fingerprint256: string;
  subject: string;
  issuer: string;
  /** Subject alternative names as the certificate lists them ("DNS:…, IP Address:…"). */
  subjectAltName?: string;
  validFrom: Date;
  validTo: Date;
  selfSigned: boolean;
}

export async function fetchPeerCertificateFingerprint(
  baseUrl: string,
  options: { timeoutMs?: number; resolveTarget?: ResolveTarget } = {},
): Promise<PeerCertificate> {
  const { timeoutMs = 10_000, resolveTarget } = options;
  const endpoint = parseBaseUrl(baseUrl);
  if (endpoint.protocol !== "https:") {
    throw new NitroError("bad_request", "Only https:// addresses present a certificate");
  }
  // Connect to the address the policy checked, not to a second lookup's answer.
  const address = resolveTarget ? await resolveTarget(endpoint.hostname) : endpoint.hostname;
  return await new Promise<PeerCertificate>((resolve, reject) => {
    const socket = tls.connect({
      host: address,
      port: endpoint.port,
      servername: net.isIP(endpoint.hostname) ? undefined : endpoint.hostname,
      rejectUnauthorized: false,
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new NitroError("timeout", `${endpoint.origin} did not complete a TLS handshake`));
    }, timeoutMs);
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      const cert = socket.getPeerCertificate();
      socket.end();
      if (!cert.fingerprint256) {
        reject(new NitroError("tls", `${endpoint.origin} presented no certificate`));
        return;
      }
      resolve({
        fingerprint256: formatFingerprint(cert.fingerprint256),
        subject: formatName(cert.subject),
        issuer: formatName(cert.issuer),
        subjectAltName: cert.subjectaltname || undefined,
        validFrom: new Date(cert.valid_from),
        validTo: new Date(cert.valid_to),
        selfSigned: formatName(cert.subject) === formatName(cert.issuer),
      });
    });
    socket.once("error", (err: Error & { code?: string }) => {
      clearTimeout(timer);
      const kind = kindForSocketError(err.code);
      reject(
        new NitroError(kind, `Cannot fetch the certificate of ${endpoint.origin}: ${err.message}`, {
          code: err.code,
          cause: plainCause(err),
          requestSent: false,
        }),
      );
    });
  });
}

function formatName(name: tls.PeerCertificate["subject"] | undefined): string {
  if (!name) return "";
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join("+") : String(value)}`)
    .join(", ");
}
