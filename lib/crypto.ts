// AES-256-GCM for secrets at rest (appliance passwords). The key is derived from APP_SECRET
// with HKDF, and each ciphertext is bound to its owner (associated data), so a value copied
// to another row does not decrypt.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const KEY_INFO = "netscaler-ha/secrets-at-rest/v1";

function deriveKey(appSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret, Buffer.alloc(0), KEY_INFO, 32));
}

export function encryptSecret(plaintext: string, appSecret: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(appSecret), iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    VERSION,
    iv.toString("base64"),
    tag.toString("base64"),
    ciphertext.toString("base64"),
  ].join(":");
}

export class SecretDecryptionError extends Error {
  constructor() {
    super(
      "A stored secret could not be decrypted: APP_SECRET changed since it was saved. Enter the password again.",
    );
  }
}

export function decryptSecret(stored: string, appSecret: string, boundTo: string): string {
  const [version, iv, tag, ciphertext] = stored.split(":");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined)
    throw new SecretDecryptionError();
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      deriveKey(appSecret),
      Buffer.from(iv, "base64"),
    );
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, "base64")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new SecretDecryptionError();
  }
}
