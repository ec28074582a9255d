// The generic NITRO reads: any resource, any attributes, wire records out (the typed readers
// in client.ts and stat-readers.ts reshape them into app types).
import { extractCount, extractList } from "./envelope";
import { NitroError } from "./errors";
import type { HaGuard } from "./ha-guard";
import type { NitroReply, NitroSession } from "./session";
import type { GetAllOptions, NitroRecord, ReadOptions, StatOptions } from "./types";
import { nitroPath, readParams, statParams } from "./url";

export class NitroReadOperations {
  /** Set by dispose(): this handle must not be used again, even if its session lives on. */
  protected released = false;

  constructor(
    protected readonly session: NitroSession,
    protected readonly ha: HaGuard,
  ) {}

  /** All objects of a type (missing list → []). */
  async getAll(resource: string, options: GetAllOptions = {}): Promise<NitroRecord[]> {
    const reply = await this.read("config", resource, undefined, readParams(options));
    return extractList(reply.body, resource);
  }

  /** One object by name; throws NitroError "not_found" when it does not exist. */
  async get(resource: string, name: string, options: ReadOptions = {}): Promise<NitroRecord> {
    const [first] = await this.getBindings(resource, name, options);
    if (first) return first;
    throw new NitroError("not_found", `${resource} "${name}" does not exist`, {
      resource,
      method: "GET",
    });
  }

  /** Like get(), but null when the object does not exist. */
  async find(
    resource: string,
    name: string,
    options: ReadOptions = {},
  ): Promise<NitroRecord | null> {
    try {
      return await this.get(resource, name, options);
    } catch (error) {
      if (error instanceof NitroError && error.kind === "not_found") return null;
      throw error;
    }
  }

  /** Every record under one name, e.g. all members of a group from `<a>_<b>_binding/<name>`. */
  async getBindings(
    resource: string,
    name: string,
    options: ReadOptions = {},
  ): Promise<NitroRecord[]> {
    const reply = await this.read("config", resource, name, readParams(options));
    return extractList(reply.body, resource);
  }

  async count(resource: string, options: ReadOptions = {}): Promise<number> {
    const params = [...readParams(options), ["count", "yes"] as [string, string]];
    const reply = await this.read("config", resource, undefined, params);
    return extractCount(reply.body, resource);
  }

  /** Statistics: /stat/<type>[/<name>] (singletons such as `ns` come back as one record). */
  async stat(resource: string, name?: string, options: StatOptions = {}): Promise<NitroRecord[]> {
    const reply = await this.read("stat", resource, name, statParams(options));
    return extractList(reply.body, resource);
  }

  protected async read(
    area: "config" | "stat",
    resource: string,
    name: string | undefined,
    params: Array<[string, string]>,
  ): Promise<NitroReply> {
    this.assertUsable();
    const path = nitroPath(area, resource, name, params);
    return this.session.call({ method: "GET", path, resource });
  }

  protected assertUsable(): void {
    if (this.released) throw new NitroError("disposed", "This NITRO client has been disposed");
  }
}
