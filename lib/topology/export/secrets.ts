// Topology files never carry secrets. Where a value would be secret, the file holds a
// placeholder `${NAME}` (upper-case letters, digits and _), and the secret itself is typed where
// it is used (the appliance form, the database script), never stored in the document.
import { formatPath, type PathSegment } from "../import/json-path";

export interface SecretFinding {
  path: string;
  message: string;
}

const PLACEHOLDER = /^\$\{[A-Z][A-Z0-9_]*\}$/;

/** Names that hold secrets: passwords, passphrases, tokens, private or API keys. */
const SECRET_NAME =
  /pass(word|wd|phrase)?$|password|passphrase|pwd|secret|token|credential|privatekey|apikey|accesskey|signingkey|sshkey|keymaterial|pkcs12|pfx/;

/** A PEM private key (RSA, EC, encrypted, OpenSSH …) pasted into any text field. */
const PRIVATE_KEY_PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === "string" && PLACEHOLDER.test(value);
}

export function isSecretKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return normalised === "key" || SECRET_NAME.test(normalised);
}

/** The placeholder for a secret at `segments`: its object keys in upper snake case. */
export function placeholderFor(segments: readonly PathSegment[]): string {
  const words = segments
    .filter((s): s is string => typeof s === "string")
    .flatMap((s) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((w) => w.toUpperCase());
  const name = words.join("_").replace(/^[^A-Z]+/, "") || "SECRET";
  return `\${${name}}`;
}

/** An empty value or a placeholder is not a secret. */
function holdsNoSecret(value: unknown): boolean {
  return value === null || value === "" || isPlaceholder(value);
}

/** Every secret in a JSON value: secret-named keys with a real value, and private keys. */
export function findSecrets(value: unknown, segments: PathSegment[] = []): SecretFinding[] {
  if (typeof value === "string") {
    return PRIVATE_KEY_PEM.test(value)
      ? [
          {
            path: formatPath(segments),
            message:
              "holds a private key: remove it. Topology files never carry key material; install the certificate and key on the NetScaler and enter its name here.",
          },
        ]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findSecrets(item, [...segments, i]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = [...segments, key];
    if (isSecretKey(key) && !holdsNoSecret(child)) {
      return [
        {
          path: formatPath(at),
          message: `looks like a secret: remove the secret; use the placeholder ${placeholderFor(at)}. Topology files never carry secrets.`,
        },
      ];
    }
    return findSecrets(child, at);
  });
}

/** Thrown by the export when a document would carry a secret: a bug to fix, not to hide. */
export class SecretInDocumentError extends Error {
  constructor(readonly findings: readonly SecretFinding[]) {
    super(
      `Refusing to export a topology that holds a secret: ${findings
        .map((f) => `${f.path || "(document)"} ${f.message}`)
        .join("; ")}`,
    );
    this.name = "SecretInDocumentError";
  }
}

export function assertNoSecrets(value: unknown): void {
  const findings = findSecrets(value);
  if (findings.length > 0) throw new SecretInDocumentError(findings);
}
