import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { isIP } from "node:net";
import { generate } from "selfsigned";

export interface TlsMaterial {
  keyPem: string;
  certPem: string;
  /** Uppercase colon-separated SHA-256, the same text as X509Certificate.fingerprint256. */
  fingerprint256: string;
}

const fingerprintOf = (certPem: string): string => new X509Certificate(certPem).fingerprint256;

async function generateCert(
  commonName: string,
  listenHost: string,
): Promise<{ keyPem: string; certPem: string }> {
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: "localhost" },
    { type: 2, value: commonName },
    { type: 7, ip: "127.0.0.1" },
    { type: 7, ip: "::1" },
  ];
  if (isIP(listenHost) && !["127.0.0.1", "::1"].includes(listenHost)) {
    altNames.push({ type: 7, ip: listenHost });
  }
  const now = new Date();
  const pems = await generate([{ name: "commonName", value: commonName }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 825 * 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames },
    ],
  });
  return { keyPem: pems.private, certPem: pems.cert };
}

/**
 * The management certificate: given PEMs, or a generated self-signed one. With a state file the
 * generated pair is kept beside it so the fingerprint a user pinned survives restarts.
 */
export async function resolveTls(
  given: { keyPem: string; certPem: string } | undefined,
  commonName: string,
  listenHost: string,
  stateFile: string | undefined,
): Promise<TlsMaterial> {
  if (given) return { ...given, fingerprint256: fingerprintOf(given.certPem) };
  const keyFile = stateFile ? `${stateFile}.key.pem` : undefined;
  const certFile = stateFile ? `${stateFile}.cert.pem` : undefined;
  if (keyFile && certFile && existsSync(keyFile) && existsSync(certFile)) {
    const certPem = readFileSync(certFile, "utf8");
    return {
      keyPem: readFileSync(keyFile, "utf8"),
      certPem,
      fingerprint256: fingerprintOf(certPem),
    };
  }
  const pair = await generateCert(commonName, listenHost);
  if (keyFile && certFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, pair.keyPem, { mode: 0o600 });
    writeFileSync(certFile, pair.certPem);
  }
  return { ...pair, fingerprint256: fingerprintOf(pair.certPem) };
}
