// Pure: a topology's vservers and members as one read of the appliance shows them, and whether
// they have settled (every vserver UP with every member UP).
import type { LiveMember, LiveVserver, WatchSet } from "@/lib/status/types";
import type { VerifiedMember, VerifiedVserver } from "./types";

const MISSING = "MISSING";

export interface LiveRead {
  vservers: Readonly<Record<string, LiveVserver>>;
  members: Readonly<Record<string, LiveMember>>;
}

/** "mon_https DOWN: Failure - TCP syn sent, no response" (null when nothing is known). */
export function memberReason(live: LiveMember | undefined): string | null {
  if (!live) return "Not on the appliance.";
  if (live.state === "UP") return null;
  if (!live.enabled) return "Disabled on the appliance.";
  const monitor = live.monitor;
  if (!monitor) return null;
  const head = `${monitor.name || "monitor"} ${monitor.state}`;
  return monitor.lastResponse ? `${head}: ${monitor.lastResponse}` : head;
}

export function judgeVservers(watch: WatchSet, read: LiveRead): VerifiedVserver[] {
  return watch.vservers.map((w) => {
    const live = read.vservers[w.name];
    const members: VerifiedMember[] = watch.members
      .filter((m) => w.groups.includes(m.serviceGroup))
      .map((m) => {
        const liveMember = read.members[m.key];
        return {
          serviceGroup: m.serviceGroup,
          server: m.server,
          port: m.port,
          state: liveMember?.state ?? MISSING,
          reason: memberReason(liveMember),
        };
      });
    const state = live?.state ?? MISSING;
    const active = members.filter((m) => m.state === "UP").length;
    return {
      name: w.name,
      state,
      up: state === "UP" && active === members.length,
      activeMembers: active,
      totalMembers: members.length,
      members,
    };
  });
}

export function settled(vservers: readonly VerifiedVserver[]): boolean {
  return vservers.every((v) => v.up);
}
