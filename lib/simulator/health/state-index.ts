import type { ConfigStore, Row } from "../core/store";

// Lookup maps over one partition's tables, rebuilt only when the store's version moves, so
// deriving every vserver's state stays linear even with thousands of members.

export interface PartitionIndex {
  groups: Map<string, Row>;
  servers: Map<string, Row>;
  membersByGroup: Map<string, Row[]>;
  groupsByVserver: Map<string, string[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(store: ConfigStore, partition: string): PartitionIndex {
  const byName = (type: string, key: string): Map<string, Row> =>
    new Map(store.table(partition, type).map((r) => [String(r[key]), r]));
  const membersByGroup = new Map<string, Row[]>();
  for (const m of store.table(partition, "servicegroup_servicegroupmember_binding")) {
    push(membersByGroup, String(m.servicegroupname), m);
  }
  const groupsByVserver = new Map<string, string[]>();
  for (const b of store.table(partition, "lbvserver_servicegroup_binding")) {
    push(groupsByVserver, String(b.name), String(b.servicegroupname));
  }
  return {
    groups: byName("servicegroup", "servicegroupname"),
    servers: byName("server", "name"),
    membersByGroup,
    groupsByVserver,
  };
}

export class StateIndex {
  private version = -1;
  private readonly partitions = new Map<string, PartitionIndex>();

  of(store: ConfigStore, partition: string): PartitionIndex {
    if (this.version !== store.version) {
      this.partitions.clear();
      this.version = store.version;
    }
    let index = this.partitions.get(partition);
    if (!index) {
      index = build(store, partition);
      this.partitions.set(partition, index);
    }
    return index;
  }
}
