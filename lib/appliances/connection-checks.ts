// "Test connection" and "Fetch fingerprint": each connects to an address from the server, so
// each is audited (who probed which address, and whether it answered), never with a secret.
import "server-only";
import { ActionError } from "@/lib/action-result";
import { connectionFromInput, getApplianceConnection } from "@/lib/appliances/connections";
import { policyResolver } from "@/lib/appliances/outbound-guard";
import type { ApplianceInput } from "@/lib/appliances/schema";
import { audit, type AuditTarget } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import {
  fetchPeerCertificateFingerprint,
  isNitroError,
  isUnreachableFailure,
  testConnection,
  UNREACHABLE_MESSAGE,
  type ApplianceConnection,
  type ConnectionTestResult,
  type PeerCertificate,
} from "@/lib/nitro";

function target(
  applianceId: string | undefined,
  baseUrl: string,
  detail: AuditTarget["detail"],
): AuditTarget {
  return applianceId
    ? { type: "appliance", id: applianceId, detail: { baseUrl, ...detail } }
    : { type: "address", id: baseUrl, detail: { baseUrl, ...detail } };
}

async function testAndAudit(
  actor: Actor,
  applianceId: string | undefined,
  baseUrl: string,
  connect: () => Promise<ApplianceConnection>,
): Promise<ConnectionTestResult> {
  let connection: ApplianceConnection;
  try {
    connection = await connect();
  } catch (error) {
    // Refused because the form moved the stored password elsewhere: worth recording. An unknown
    // (or another workspace's) id records nothing, as for any other action.
    if (applianceId && error instanceof ActionError && error.code === "INVALID_INPUT")
      await audit(
        actor,
        "appliance.connection_tested",
        target(applianceId, baseUrl, { ok: false, outcome: "refused" }),
      );
    throw error;
  }
  const result = await testConnection(connection);
  await audit(
    actor,
    "appliance.connection_tested",
    target(applianceId, connection.baseUrl, {
      ok: result.ok,
      outcome: result.ok ? "connected" : result.kind,
    }),
  );
  return result;
}

/** Tests a saved appliance exactly as stored. */
export function testStoredAppliance(actor: Actor, id: string): Promise<ConnectionTestResult> {
  return testAndAudit(actor, id, "", () => getApplianceConnection(actor.workspaceId, id));
}

/** Tests form input; a blank password on a saved appliance tests it as stored. */
export function testApplianceInput(
  actor: Actor,
  input: ApplianceInput,
  existingId?: string,
): Promise<ConnectionTestResult> {
  return testAndAudit(actor, existingId, input.baseUrl, () =>
    connectionFromInput(actor.workspaceId, input, existingId),
  );
}

/** The certificate an address presents, through the outbound policy; failures stay generic. */
export async function fetchApplianceCertificate(
  actor: Actor,
  baseUrl: string,
): Promise<PeerCertificate> {
  try {
    const certificate = await fetchPeerCertificateFingerprint(baseUrl, {
      resolveTarget: policyResolver(),
    });
    await audit(
      actor,
      "appliance.fingerprint_fetched",
      target(undefined, baseUrl, { ok: true, fingerprint256: certificate.fingerprint256 }),
    );
    return certificate;
  } catch (error) {
    if (!isNitroError(error)) throw error;
    const message = isUnreachableFailure(error) ? UNREACHABLE_MESSAGE : error.message;
    await audit(
      actor,
      "appliance.fingerprint_fetched",
      target(undefined, baseUrl, { ok: false, outcome: error.kind }),
    );
    throw new ActionError(message, "FAILED", { baseUrl: [message] });
  }
}
