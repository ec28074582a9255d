// "Test connection" on the Appliances page: log in with the given (possibly unsaved) settings,
// read what the page shows, log out, and explain any failure in plain English.
import type { ApplianceInfo } from "./appliance-info";
import { formatFingerprint } from "./fingerprint";
import { NitroError, type NitroErrorKind } from "./errors";
import { createNitroClient } from "./session-pool";
import type { ApplianceConnection } from "./types";
import { isUnreachableFailure, UNREACHABLE_MESSAGE } from "./unreachable";

export interface ConnectionTestInfo {
  version: string;
  build: string | null;
  hostname: string | null;
  haRole: ApplianceInfo["haRole"];
  primaryAddress?: string;
  partition: string;
  configChanged: boolean | null;
  tlsFingerprint?: string;
}

export type ConnectionTestResult =
  | { ok: true; info: ConnectionTestInfo }
  | { ok: false; kind: NitroErrorKind; message: string; presentedFingerprint?: string };

export async function testConnection(conn: ApplianceConnection): Promise<ConnectionTestResult> {
  // Unpooled, and no retries: the admin is waiting and wants the first answer.
  let client;
  try {
    client = createNitroClient({ ...conn, retries: 0 });
    const info = await client.getApplianceInfo();
    return {
      ok: true,
      info: {
        version: info.version,
        build: info.build,
        hostname: info.hostname,
        haRole: info.haRole,
        primaryAddress: info.primaryAddress,
        partition: info.partition,
        configChanged: info.configChanged,
        tlsFingerprint: info.tlsFingerprint,
      },
    };
  } catch (error) {
    return describeFailure(error, conn);
  } finally {
    await client?.dispose();
  }
}

/** Plain-English explanation of a failed connection attempt (exported for tests). */
export function describeFailure(error: unknown, conn: ApplianceConnection): ConnectionTestResult {
  if (!(error instanceof NitroError)) {
    return { ok: false, kind: "nitro", message: "Unexpected error while testing the connection" };
  }
  // Nothing answered (or the address is not allowed): one answer, whatever the cause.
  if (isUnreachableFailure(error))
    return { ok: false, kind: "unreachable", message: UNREACHABLE_MESSAGE };
  const where = safeHost(conn.baseUrl);
  const shown = error.presentedFingerprint ? formatFingerprint(error.presentedFingerprint) : "";
  const result = (message: string): ConnectionTestResult => ({
    ok: false,
    kind: error.kind,
    message,
    ...(error.presentedFingerprint ? { presentedFingerprint: shown } : {}),
  });
  switch (error.kind) {
    case "timeout":
      return result(`${where} did not answer within ${(conn.timeoutMs ?? 10_000) / 1000} s.`);
    case "tls_pin_mismatch":
      return result(
        `The appliance presented a certificate with fingerprint ${shown}, which is not the ` +
          "pinned one. If the certificate was replaced on purpose, trust the new fingerprint; " +
          "otherwise something may be intercepting the connection.",
      );
    case "tls":
      return result(
        `The appliance's certificate is not trusted (${error.code ?? "verification failed"}). ` +
          "Add the CA certificate that issued it, or pin its fingerprint" +
          (shown ? ` (${shown}).` : "."),
      );
    case "auth_failed":
      return result("The appliance rejected the user name or password.");
    case "not_nitro":
    case "bad_response":
      return result(
        `Something answered at ${where}, but not the NetScaler NITRO API` +
          (error.httpStatus ? ` (HTTP ${error.httpStatus})` : "") +
          ". Check that the address is the NSIP or a SNIP with management access.",
      );
    case "not_found":
      return result(
        conn.partition && error.resource === "nspartition"
          ? `The partition "${conn.partition}" does not exist on the appliance.`
          : error.message,
      );
    case "forbidden":
      return result(`The user "${conn.username}" is not allowed to read the appliance status.`);
    default:
      return result(error.message);
  }
}

function safeHost(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return "the appliance";
  }
}
