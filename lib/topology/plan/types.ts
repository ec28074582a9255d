// Shapes of a plan: what the review page shows and what the apply engine executes. Every
// value here is safe to show and to store: secret attribute values never enter a Plan.
import type { AttributeValue, ManagedResource, ReferencedResource } from "../compile/desired";

export type PlanAction = "create" | "update" | "unchanged" | "replace" | "delete" | "conflict";

export const planActions: readonly PlanAction[] = [
  "create",
  "update",
  "unchanged",
  "replace",
  "delete",
  "conflict",
];

/** One attribute that differs; `from` null = not set on the appliance, `to` null = unset. */
export interface AttributeChange {
  name: string;
  from: AttributeValue | null;
  to: AttributeValue | null;
  /** The attribute cannot change in place: the object is deleted and re-created. */
  immutable: boolean;
  /** Both values are masked. */
  secret: boolean;
}

export interface PlanItem {
  /** DesiredObject id, or the recorded id of an object this topology no longer wants. */
  id: string;
  /** Canonical NITRO identity (identity.ts): what ties desired, live and tracked together. */
  identityKey: string;
  resource: ManagedResource;
  /** applyLevels of the resource: creates run low → high, deletes high → low. */
  level: number;
  label: string;
  action: PlanAction;
  identity: Record<string, AttributeValue>;
  /** Wanted attributes, secrets masked (absent on delete). */
  attributes?: Record<string, AttributeValue>;
  /** Differences (update, replace, conflict); empty otherwise. */
  changes: AttributeChange[];
  /**
   * The live object's attributes before this plan, in the form they are sent (numbers as
   * numbers): what an undo restores or re-creates. Secrets are left out (never readable).
   */
  before?: Record<string, AttributeValue>;
  /** Replace: applying it needs explicit confirmation. */
  dangerous: boolean;
  /** A conflict the admin chose to adopt: the object becomes this topology's. */
  adopt?: boolean;
  /** Conflict only: whether adopting can resolve it (false for clashes and others' objects). */
  adoptable?: boolean;
  /** Why (for replace, conflict and delete), in words for people. */
  reason?: string;
  /** Conflict with an object another topology of this workspace owns: never adoptable. */
  ownedByTopologyId?: string;
}

export interface MissingReference {
  /** DesiredObject that needs it. */
  objectId: string;
  label: string;
  resource: ReferencedResource;
  name: string;
}

/** An adopted object no longer wanted: ownership is dropped, the object itself stays. */
export interface PlanRelease {
  id: string;
  identityKey: string;
  resource: ManagedResource;
  label: string;
}

export type PlanSummary = Record<PlanAction, number> & {
  total: number;
  /** create + update + replace + delete: the number of objects an apply would change. */
  changes: number;
  missingReferences: number;
  releases: number;
};

export interface Plan {
  /** Deterministic order: level, then resource, then id. */
  items: PlanItem[];
  missingReferences: MissingReference[];
  releases: PlanRelease[];
  /** Identity keys recorded as applied whose objects no longer exist: ownership to forget. */
  forget: string[];
  summary: PlanSummary;
  /** Hash of everything above: an apply can insist the plan it runs is the one reviewed. */
  hash: string;
}

/** An object this topology created (or adopted) on this appliance, as recorded in the DB. */
export interface TrackedObject {
  identityKey: string;
  objectId: string;
  resource: ManagedResource;
  label: string;
  identity: Record<string, AttributeValue>;
  /** Attributes last applied (secret values replaced by digests). */
  attributes: Record<string, AttributeValue>;
  adopted: boolean;
}

/** One object as the appliance returned it (secret attributes already removed). */
export interface LiveObject {
  resource: ManagedResource;
  identityKey: string;
  record: Readonly<Record<string, unknown>>;
}

export interface LiveState {
  objects: ReadonlyMap<string, LiveObject>;
  /** Resources that were read: an identity key of these that is absent does not exist. */
  resources: ReadonlySet<ManagedResource>;
  /** Names of referenced objects that exist (only the kinds some object requires). */
  references: Readonly<Record<ReferencedResource, ReadonlySet<string>>>;
}

export interface DiffOptions {
  /** DesiredObject ids whose conflicts the admin chose to adopt. */
  adopt?: readonly string[];
  /** Identity keys other topologies of the workspace own on this appliance → topology id. */
  ownedElsewhere?: ReadonlyMap<string, string>;
  /**
   * Keyed digest of a secret value, compared with the digest recorded at the last apply
   * (NITRO never returns secrets). Without it, secrets are sent only when creating.
   */
  secretDigest?: (identityKey: string, attribute: string, value: AttributeValue) => string;
}
