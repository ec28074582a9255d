// The connection lib/nitro needs for an appliance, with its decrypted password: server only,
// and the only place a stored appliance password is decrypted.
import { ActionError } from "@/lib/action-result";
import {
  assertPasswordStaysBound,
  credentialTargetSelect,
} from "@/lib/appliances/credential-binding";
import { getDemoSimulator } from "@/lib/appliances/demo";
import { policyResolver } from "@/lib/appliances/outbound-guard";
import type { ApplianceInput } from "@/lib/appliances/schema";
import { decryptSecret } from "@/lib/crypto";
import { getDb } from "@/lib/db/client";
import { getAppSecret } from "@/lib/env";
import type { TlsMode } from "@/lib/generated/prisma/client";
import type { ApplianceConnection, TlsSettings } from "@/lib/nitro";

/** Associated data binding a ciphertext to its appliance row. */
export function boundTo(id: string): string {
  return `appliance:${id}`;
}

function tlsSettings(mode: TlsMode, caPem: string | null, fingerprint: string | null): TlsSettings {
  if (mode === "CUSTOM_CA" && caPem) return { mode: "ca", caPem };
  if (mode === "FINGERPRINT" && fingerprint) return { mode: "fingerprint", sha256: fingerprint };
  if (mode === "INSECURE") return { mode: "insecure" };
  return { mode: "verify" };
}

/** Server only: the connection lib/nitro needs, with the decrypted password. */
export async function getApplianceConnection(
  workspaceId: string,
  id: string,
): Promise<ApplianceConnection> {
  const row = await getDb().appliance.findFirst({ where: { id, workspaceId } });
  if (!row) throw new ActionError("This appliance no longer exists.", "NOT_FOUND");
  const password = decryptSecret(row.passwordEncrypted, getAppSecret(), boundTo(row.id));
  if (row.isSimulated) {
    const demo = getDemoSimulator();
    if (!demo)
      throw new ActionError(
        "The built-in simulator is not running (DEMO_APPLIANCE is off, or the app uses DATABASE_URL).",
        "FAILED",
      );
    return {
      baseUrl: demo.url,
      username: row.username,
      password,
      partition: row.partition,
      tls: { mode: "fingerprint", sha256: demo.fingerprint256 },
    };
  }
  return {
    baseUrl: row.baseUrl,
    username: row.username,
    password,
    partition: row.partition,
    tls: tlsSettings(row.tlsMode, row.caPem, row.fingerprint256),
    resolveTarget: policyResolver(),
  };
}

/**
 * A connection from form input. A blank password on an existing appliance tests the stored
 * connection exactly as saved: refused (on the password field) when the form changed where the
 * password would go.
 */
export async function connectionFromInput(
  workspaceId: string,
  input: ApplianceInput,
  existingId?: string,
): Promise<ApplianceConnection> {
  if (!input.password && existingId) {
    const stored = await getDb().appliance.findFirst({
      where: { id: existingId, workspaceId },
      select: { ...credentialTargetSelect, isSimulated: true },
    });
    if (!stored) throw new ActionError("This appliance no longer exists.", "NOT_FOUND");
    // The demo appliance's address is the app's own simulator: its form is not editable.
    if (!stored.isSimulated) assertPasswordStaysBound(stored, input);
    return getApplianceConnection(workspaceId, existingId);
  }
  if (!input.password)
    throw new ActionError("Enter the password.", "INVALID_INPUT", {
      password: ["Enter the password."],
    });
  return {
    baseUrl: input.baseUrl,
    username: input.username,
    password: input.password,
    partition: input.partition,
    tls: tlsSettings(input.tlsMode, input.caPem, input.fingerprint256),
    resolveTarget: policyResolver(),
  };
}
