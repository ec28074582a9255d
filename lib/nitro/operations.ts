// The generic NITRO writes: any resource, wire payloads in, so the planner can send any
// attribute the appliance knows. Every configuration change passes the HA guard first.
import { bulkResult } from "./bulk";
import type { NitroBody } from "./envelope";
import { NitroError, type NitroMethod } from "./errors";
import { NitroReadOperations } from "./read-operations";
import type { NitroReply } from "./session";
import type { ArgValue, BulkOnError, BulkResult, NitroRecord, WriteResult } from "./types";
import { actionParam, formatArgs, nitroPath } from "./url";

type Args = Readonly<Record<string, ArgValue>>;

/** Resources the raw operations must not touch: they belong to the session itself. */
const SESSION_RESOURCES = new Set(["login", "logout"]);
/** Actions that change no configuration and are fine on an HA secondary. */
const SAFE_ACTIONS = new Set(["save", "diff", "check"]);

export class NitroOperations extends NitroReadOperations {
  async add(
    resource: string,
    payload: NitroRecord,
    opts: { idempotent?: boolean } = {},
  ): Promise<WriteResult> {
    const params: Array<[string, string]> = opts.idempotent ? [["idempotent", "yes"]] : [];
    return this.write("POST", resource, nitroPath("config", resource, undefined, params), {
      [resource]: payload,
    });
  }

  /** Create many objects in one call; each item's outcome is in the result (HTTP 207). */
  async addBulk(
    resource: string,
    payloads: readonly NitroRecord[],
    opts: { onError?: BulkOnError } = {},
  ): Promise<BulkResult> {
    return this.bulk("POST", resource, nitroPath("config", resource), payloads, opts);
  }

  /** Change many objects in one PUT (key attributes inside each payload), per-item results. */
  async updateBulk(
    resource: string,
    payloads: readonly NitroRecord[],
    opts: { onError?: BulkOnError } = {},
  ): Promise<BulkResult> {
    return this.bulk("PUT", resource, nitroPath("config", resource), payloads, opts);
  }

  /** Bind many in one PUT, per-item results. */
  async bindBulk(
    binding: string,
    payloads: readonly NitroRecord[],
    opts: { onError?: BulkOnError } = {},
  ): Promise<BulkResult> {
    return this.bulk("PUT", binding, nitroPath("config", binding), payloads, opts);
  }

  /** One action (enable, disable, unset …) on many objects in one POST, per-item results. */
  async actionBulk(
    resource: string,
    action: string,
    payloads: readonly NitroRecord[],
    opts: { onError?: BulkOnError } = {},
  ): Promise<BulkResult> {
    if (SAFE_ACTIONS.has(action) || action.toLowerCase() === "switch") {
      throw new NitroError("bad_request", `"${action}" is not a bulk action`, { resource });
    }
    const path = nitroPath("config", resource, undefined, actionParam(action));
    return this.bulk("POST", resource, path, payloads, opts);
  }

  private async bulk(
    method: NitroMethod,
    resource: string,
    path: string,
    payloads: readonly NitroRecord[],
    opts: { onError?: BulkOnError },
  ): Promise<BulkResult> {
    const onError = opts.onError ?? "exit";
    if (payloads.length === 0) return { ok: true, rolledBack: false, items: [] };
    const reply = await this.send(method, resource, path, {
      body: { [resource]: payloads },
      headers: { "X-NITRO-ONERROR": onError },
    });
    return bulkResult(reply.status, reply.body, payloads.length, onError);
  }

  /** Modify: PUT /config/<type> with the key attribute(s) inside the payload. */
  async update(resource: string, payload: NitroRecord): Promise<WriteResult> {
    return this.write("PUT", resource, nitroPath("config", resource), { [resource]: payload });
  }

  /** Delete by name; composite keys go in args (e.g. lbmonitor `{type: "HTTP"}`). */
  async remove(resource: string, name: string, args: Args = {}): Promise<WriteResult> {
    return this.write("DELETE", resource, nitroPath("config", resource, name, argsParam(args)));
  }

  /** Bind: PUT /config/<a>_<b>_binding. */
  async bind(binding: string, payload: NitroRecord): Promise<WriteResult> {
    return this.write("PUT", binding, nitroPath("config", binding), { [binding]: payload });
  }

  /** Unbind: DELETE /config/<a>_<b>_binding/<name-of-a>?args=<key>:<value>,… */
  async unbind(binding: string, name: string, args: Args): Promise<WriteResult> {
    return this.write("DELETE", binding, nitroPath("config", binding, name, argsParam(args)));
  }

  /** POST /config/<type>?action=<verb> (enable, disable, rename, unset, save, …). */
  async action(
    resource: string,
    action: string,
    payload: NitroRecord = {},
    opts: { timeoutMs?: number } = {},
  ): Promise<WriteResult> {
    if (resource === "nspartition" && action.toLowerCase() === "switch") {
      throw new NitroError(
        "bad_request",
        "Partition switches belong to the session: set ApplianceConnection.partition instead",
        { resource, method: "POST" },
      );
    }
    const path = nitroPath("config", resource, undefined, actionParam(action));
    const guarded = !SAFE_ACTIONS.has(action);
    const reply = await this.send(
      "POST",
      resource,
      path,
      { body: { [resource]: payload }, ...opts },
      guarded,
    );
    return warningOf(reply);
  }

  protected async write(
    method: NitroMethod,
    resource: string,
    path: string,
    body?: NitroRecord,
  ): Promise<WriteResult> {
    return warningOf(await this.send(method, resource, path, { body }));
  }

  protected async send(
    method: NitroMethod,
    resource: string,
    path: string,
    extra: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number },
    guarded = true,
  ): Promise<NitroReply & { body: NitroBody }> {
    this.assertUsable();
    if (SESSION_RESOURCES.has(resource)) {
      throw new NitroError("bad_request", `"${resource}" is handled by the session`, { resource });
    }
    if (guarded) await this.ha.assertWritable(resource, method);
    try {
      return await this.session.call({ method, path, resource, allowEmpty: true, ...extra });
    } catch (error) {
      // The appliance says "primary only" (368): our cached role is stale.
      if (error instanceof NitroError && error.kind === "secondary") this.ha.forget();
      throw error;
    }
  }
}

function argsParam(args: Args): Array<[string, string]> {
  return Object.keys(args).length ? [["args", formatArgs(args)]] : [];
}

function warningOf(reply: NitroReply): WriteResult {
  const warning = reply.headers["x-nitro-warning"];
  return warning ? { warning: String(warning) } : {};
}
