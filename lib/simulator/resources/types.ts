import type { OpContext } from "../core/context";
import type { Row } from "../core/store";
import type { Pairs } from "../http/query";

export interface ReadOptions {
  args: Pairs;
  bulk: boolean;
}

export interface ActionSpec {
  /** Config-changing actions count as writes (faults, HA role, configchanged); save does not. */
  changesConfig: boolean;
  run(ctx: OpContext, input: unknown): void;
}

export interface ResourceHandler {
  readonly type: string;
  readonly kind: "object" | "binding" | "singleton";
  /** Key attribute a path name maps to (PUT /config/<type>/<name>). */
  readonly key?: string;
  /** Singletons the appliance returns as a plain object instead of a one-element array. */
  readonly objectResponse?: boolean;
  /** false for resources on the appliance's idempotent=yes deny-list (dnsaddrec). */
  readonly idempotent?: boolean;
  get(ctx: OpContext, name: string | undefined, options: ReadOptions): Row[];
  add?(ctx: OpContext, input: unknown, idempotent: boolean): void;
  update?(ctx: OpContext, input: unknown, name: string | undefined): void;
  remove?(ctx: OpContext, name: string, args: Pairs): void;
  actions?: Readonly<Record<string, ActionSpec>>;
}

/** One /nitro/v1/stat/<type> reader. */
export interface StatHandler {
  type: string;
  objectResponse?: boolean;
  get(
    ctx: OpContext,
    name: string | undefined,
    options: { args: Pairs; statbindings: boolean },
  ): Row[];
}
