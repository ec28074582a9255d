// The running configuration: plain JSON tables so it can be deep-copied for bulk rollback and
// written verbatim to the state file. Global objects (NSIPs, HA nodes, partitions, host name)
// live in the "default" partition whatever partition a session has switched to.

export type Row = Record<string, unknown>;

export interface ConfigData {
  partitions: Record<string, Record<string, Row[]>>;
}

export const DEFAULT_PARTITION = "default";

const GLOBAL_TYPES = new Set(["nsip", "hanode", "nshostname", "nspartition", "nsconfig"]);

export const isGlobalType = (type: string): boolean => GLOBAL_TYPES.has(type);

export const emptyConfig = (): ConfigData => ({ partitions: { [DEFAULT_PARTITION]: {} } });

export class ConfigStore {
  data: ConfigData;
  /** Bumped on every write attempt and restore, so derived indexes know when to rebuild. */
  version = 0;

  constructor(data: ConfigData = emptyConfig()) {
    this.data = data;
  }

  partitionNames(): string[] {
    return Object.keys(this.data.partitions);
  }

  hasPartition(name: string): boolean {
    return Object.hasOwn(this.data.partitions, name);
  }

  addPartition(name: string): void {
    if (!this.hasPartition(name)) this.data.partitions[name] = {};
    this.touch();
  }

  removePartition(name: string): void {
    delete this.data.partitions[name];
    this.touch();
  }

  /** Live array of rows for a type; callers mutate it in place. */
  table(partition: string, type: string): Row[] {
    const owner = isGlobalType(type) ? DEFAULT_PARTITION : partition;
    const tables = (this.data.partitions[owner] ??= {});
    return (tables[type] ??= []);
  }

  checkpoint(): ConfigData {
    return structuredClone(this.data);
  }

  restore(snapshot: ConfigData): void {
    this.data = structuredClone(snapshot);
    this.touch();
  }

  touch(): void {
    this.version += 1;
  }
}
