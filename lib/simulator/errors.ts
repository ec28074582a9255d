// NITRO error codes the simulator answers with, their appliance messages (from the NITRO error
// tables) and the HTTP status used for each. 409 is kept for "already exists" only, because
// clients branch on it; state conflicts ("in use", HA role) use 599 like other appliance failures.

const CATALOG: Record<number, readonly [status: number, message: string]> = {
  257: [403, "Operation not permitted"],
  258: [404, "No such resource"],
  273: [409, "Resource already exists"],
  278: [400, "Invalid argument"],
  304: [599, "Address already in use"],
  315: [599, "Resource in use"],
  344: [404, "No Service"],
  354: [401, "Invalid username or password"],
  355: [401, "Invalid username or password"],
  368: [599, "Operation permitted only on primary node."],
  444: [401, "Session expired or killed. Please login again"],
  461: [404, "No such Vserver"],
  1027: [401, "Not logged in or connection timed out"],
  1070: [599, "Object is in use, cannot remove"],
  1092: [400, "Arguments cannot both be specified"],
  1093: [400, "Argument pre-requisite missing"],
  1095: [400, "Required argument missing"],
  1097: [400, "Invalid argument value"],
  1232: [400, "Invalid object name"],
  1233: [400, "Invalid JSON input"],
  1237: [405, "Invalid method name. It should be either post, put, get, stat or delete"],
  1239: [599, "NITRO command Execution failed"],
  1240: [400, "Invalid nitro action or operation"],
  1242: [400, "Rollback not supported for this action"],
  1243: [207, "Bulk operation failed"],
  1304: [400, "Service type mismatch between the vserver and service"],
  1332: [400, "Invalid Persistence type"],
  1335: [409, "Server already exists"],
  1345: [400, "Option can only be set on http/ ssl vserver"],
  1540: [404, "Certificate does not exist"],
  1541: [
    599,
    "Certificate is referenced by a CRL, OCSP responder, vserver, service, monitor, SSL profile, another certificate, or a policy expression using XML_ENCRYPT() or XML_DECRYPT()",
  ],
  1542: [404, "Certificate binding does not exist"],
  1544: [400, "Objects protocol type is not SSL"],
  2131: [599, "Monitor is bound to a service or service group. Unbind it first"],
  2755: [404, "No such partition"],
  2757: [599, "Partition is in use"],
};

export interface NitroErrorBody {
  errorcode: number;
  message: string;
  severity: "ERROR";
}

export class NitroError extends Error {
  readonly code: number;
  readonly status: number;
  readonly detail: string | undefined;

  constructor(code: number, detail?: string, status?: number) {
    const entry = CATALOG[code];
    const base = entry ? entry[1] : "NITRO command Execution failed";
    super(detail ? `${base} [${detail}]` : base);
    this.code = code;
    this.status = status ?? (entry ? entry[0] : 599);
    this.detail = detail;
  }

  toBody(): NitroErrorBody {
    return { errorcode: this.code, message: this.message, severity: "ERROR" };
  }
}

export const nitroError = (code: number, detail?: string): NitroError =>
  new NitroError(code, detail);

/** Wraps any thrown value so one bad request never takes the listener down. */
export function asNitroError(err: unknown): NitroError {
  if (err instanceof NitroError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new NitroError(1239, text, 599);
}
