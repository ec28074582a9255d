// Public connection and operation types of the NITRO client. Nothing here is NITRO wire JSON:
// callers describe *how* to reach an appliance and *what* to ask; lib/nitro speaks the wire.
import type { ResolveTarget } from "./unreachable";

/** How the appliance's TLS certificate is trusted. */
export type TlsSettings =
  | { mode: "verify" }
  | { mode: "ca"; caPem: string }
  | { mode: "fingerprint"; sha256: string }
  | { mode: "insecure" };

export interface ApplianceConnection {
  /** `https://10.0.0.1`, `https://ns.example:8443` or `http://127.0.0.1:9080` (simulator). */
  baseUrl: string;
  username: string;
  password: string;
  /** Admin partition to switch the session into; null/undefined/"default" = default partition. */
  partition?: string | null;
  tls: TlsSettings;
  /** Per-request timeout in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Extra attempts for retryable failures (default 2; reads and not-yet-sent requests only). */
  retries?: number;
  /**
   * Where the app may connect (the caller's outbound policy): called for every new socket with
   * the URL's host, it returns the checked address the socket then connects to, or throws to
   * refuse. Without it the host is connected to as the URL names it.
   */
  resolveTarget?: ResolveTarget;
}

/** A NITRO object as sent or received by the raw operations: attribute name → value. */
export type NitroRecord = Record<string, unknown>;

export type ArgValue = string | number | boolean;

export interface ReadOptions {
  /** Return only these attributes (`attrs=`). */
  attrs?: readonly string[];
  /** Server-side match (`filter=k:v`); a value like `/^k8s/` is a PCRE. */
  filter?: Readonly<Record<string, ArgValue>>;
  /** Extra identifiers for multi-key objects (`args=k:v`). */
  args?: Readonly<Record<string, ArgValue>>;
  view?: "summary" | "detail";
  pageSize?: number;
  pageNo?: number;
}

export interface GetAllOptions extends ReadOptions {
  /** For `*_binding` resources: every binding of every object in one call (`bulkbindings=yes`). */
  bulkBindings?: boolean;
}

export interface StatOptions {
  args?: Readonly<Record<string, ArgValue>>;
  /** Include bound entities, e.g. the members of a service group (`statbindings=yes`). */
  statBindings?: boolean;
}

export interface WriteResult {
  /** Text of an `X-NITRO-WARNING` header (HTTP 209), if the appliance sent one. */
  warning?: string;
}

export type BulkOnError = "exit" | "continue" | "rollback";

export interface BulkItemResult {
  index: number;
  /**
   * `not_attempted`: the appliance stopped before this item (onError exit/rollback);
   * `rolled_back`: it succeeded, then was undone because a later item failed (rollback).
   */
  status: "ok" | "failed" | "not_attempted" | "rolled_back";
  errorcode?: number;
  message?: string;
}

export interface BulkResult {
  /** True when every item succeeded. */
  ok: boolean;
  /** True when onError was "rollback" and an item failed: nothing from this call stays applied. */
  rolledBack: boolean;
  items: BulkItemResult[];
}
