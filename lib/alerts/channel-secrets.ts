// The channel's webhook URL and HMAC key at rest: AES-256-GCM under APP_SECRET (lib/crypto.ts),
// each bound to its channel and field, so a value copied to another row does not decrypt.
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { getAppSecret } from "@/lib/env";

type Field = "url" | "hmac";

const boundTo = (channelId: string, field: Field) => `alert-channel:${channelId}:${field}`;

export function sealChannelSecret(channelId: string, field: Field, value: string): string {
  return encryptSecret(value, getAppSecret(), boundTo(channelId, field));
}

export function openChannelSecret(channelId: string, field: Field, stored: string): string {
  return decryptSecret(stored, getAppSecret(), boundTo(channelId, field));
}
