// Persisting the running configuration (docs/nitro.md#idempotent-apply,
// docs/nitro.md#ha-partitions-and-saving). A save can collide with another one (293 "operation
// already in progress", 1461 too many saves, 603 save running): those are retried with backoff, as
// the Terraform provider does.
import { NitroError } from "./errors";
import { SAVE_BUSY_CODES } from "./error-map";
import type { NitroOperations } from "./operations";
import { parseRecord } from "./parse";
import { nsConfigSchema } from "./resources/system";
import { backoffDelay, sleep } from "./retry";

const SAVE_ATTEMPTS = 6;
const SAVE_BACKOFF_BASE_MS = 500;
// Saving a large configuration takes longer than an ordinary call on real appliances.
const MIN_SAVE_TIMEOUT_MS = 30_000;

export interface SaveOptions {
  /** Save every partition, not just the session's own (`{"nsconfig":{"all":true}}`). */
  all?: boolean;
}

export async function saveConfig(
  ops: NitroOperations,
  options: SaveOptions = {},
  timeoutMs = MIN_SAVE_TIMEOUT_MS,
): Promise<void> {
  const payload = options.all ? { all: true } : {};
  for (let attempt = 1; ; attempt++) {
    try {
      await ops.action("nsconfig", "save", payload, { timeoutMs });
      return;
    } catch (error) {
      const busy =
        error instanceof NitroError &&
        error.errorcode !== undefined &&
        SAVE_BUSY_CODES.has(error.errorcode);
      if (!busy || attempt >= SAVE_ATTEMPTS) throw error;
      await sleep(backoffDelay(attempt - 1, SAVE_BACKOFF_BASE_MS));
    }
  }
}

/** Whether unsaved changes exist; null when the appliance does not report it. */
export async function getConfigChanged(ops: NitroOperations): Promise<boolean | null> {
  const [record] = await ops.getAll("nsconfig");
  if (!record) return null;
  return parseRecord(nsConfigSchema, record, "nsconfig").configChanged ?? null;
}
