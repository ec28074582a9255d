// Typed /stat readers (a layer of NitroClient): live state and counters in app types.
import { NitroOperations } from "./operations";
import { parseRecord, parseRecords } from "./parse";
import * as stats from "./resources/stats";

export interface ServiceGroupMemberRef {
  serviceGroupName: string;
  port: number;
  /** One of serverName or ip identifies the member (never both: NITRO error 1092). */
  serverName?: string;
  ip?: string;
}

export class StatReaders extends NitroOperations {
  async getLbVserverStats(name?: string): Promise<stats.LbVserverStats[]> {
    const records = await this.stat("lbvserver", name);
    return parseRecords(stats.lbVserverStatsSchema, records, "lbvserver");
  }

  /** Group stats; with `members: true` each group carries its members (statbindings=yes). */
  async getServiceGroupStats(
    name?: string,
    opts: { members?: boolean } = {},
  ): Promise<stats.ServiceGroupStats[]> {
    const records = await this.stat("servicegroup", name, { statBindings: opts.members });
    return parseRecords(stats.serviceGroupStatsSchema, records, "servicegroup");
  }

  /** One member's counters; servicegroupname and port are mandatory (docs/nitro.md#live-state). */
  async getServiceGroupMemberStats(
    member: ServiceGroupMemberRef,
  ): Promise<stats.ServiceGroupMemberStats | null> {
    const args: Record<string, string | number> = { servicegroupname: member.serviceGroupName };
    if (member.serverName) args.servername = member.serverName;
    else if (member.ip) args.ip = member.ip;
    args.port = member.port;
    const [record] = await this.stat("servicegroupmember", undefined, { args });
    return record
      ? parseRecord(stats.serviceGroupMemberStatsSchema, record, "servicegroupmember")
      : null;
  }

  async getNsStats(): Promise<stats.NsSystemStats> {
    const [record] = await this.stat("ns");
    return parseRecord(stats.nsStatsSchema, record ?? {}, "ns");
  }
}
