import { describe, expect, it } from "vitest";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { memberKey } from "@/lib/status/keys";
import type { LiveMember, LiveVserver } from "@/lib/status/types";
import { watchSetFrom } from "@/lib/status/watch";
import { judgeVservers, memberReason, settled } from "./judge";
import { verificationView } from "./view";
import type { ApplyVerification } from "./types";

const vs = (name: string, state = "UP"): LiveVserver => ({
  name,
  ip: "10.10.20.100",
  port: 8443,
  type: "TCP",
  state,
  enabled: true,
  health: 100,
  active: 2,
  total: 2,
  since: null,
});

const member = (sg: string, server: string, port: number, state = "UP"): LiveMember => ({
  serviceGroup: sg,
  server,
  ip: null,
  port,
  state,
  enabled: true,
  customServerId: null,
  since: null,
});

describe("judgeVservers", () => {
  const watch = watchSetFrom("t", igelDesiredConfig({ servers: 2 }));
  const allUp = () => {
    const vservers: Record<string, LiveVserver> = {};
    const members: Record<string, LiveMember> = {};
    for (const v of watch.vservers) vservers[v.name] = vs(v.name);
    for (const m of watch.members) members[m.key] = member(m.serviceGroup, m.server, m.port);
    return { vservers, members };
  };

  it("is settled when every vserver and every member behind it is UP", () => {
    expect(settled(judgeVservers(watch, allUp()))).toBe(true);
  });

  it("is not settled while a member is DOWN, and says why from its monitor", () => {
    const read = allUp();
    const key = memberKey("igel_sg_8443", "igel_srv_ums2", 8443);
    read.members[key] = {
      ...member("igel_sg_8443", "igel_srv_ums2", 8443, "DOWN"),
      monitor: { name: "tcp-default", state: "DOWN", lastResponse: "Failure - TCP syn sent" },
    };
    const out = judgeVservers(watch, read);
    expect(settled(out)).toBe(false);
    const bad = out.find((v) => !v.up);
    expect(bad).toMatchObject({ name: "igel_vs_8443", state: "UP", activeMembers: 1 });
    expect(bad?.members.find((m) => m.state === "DOWN")?.reason).toBe(
      "tcp-default DOWN: Failure - TCP syn sent",
    );
  });

  it("calls a vserver or member the appliance lacks MISSING", () => {
    const read = allUp();
    delete read.vservers.igel_vs_9080;
    delete read.members[memberKey("igel_sg_30001", "igel_srv_ums1", 30001)];
    const out = judgeVservers(watch, read);
    expect(out.find((v) => v.name === "igel_vs_9080")).toMatchObject({
      state: "MISSING",
      up: false,
    });
    expect(out.find((v) => v.name === "igel_vs_30001")?.members[0]).toMatchObject({
      state: "MISSING",
      reason: "Not on the appliance.",
    });
  });

  it("memberReason: nothing for UP, the disabled state, or null without a monitor reading", () => {
    expect(memberReason(member("g", "s", 1))).toBeNull();
    expect(memberReason({ ...member("g", "s", 1, "OUT OF SERVICE"), enabled: false })).toBe(
      "Disabled on the appliance.",
    );
    expect(memberReason(member("g", "s", 1, "DOWN"))).toBeNull();
  });
});

describe("verificationView", () => {
  const checking: ApplyVerification = {
    outcome: "checking",
    limitSeconds: 60,
    startedAt: "2026-12-08T00:00:00.000Z",
    finishedAt: null,
    checks: 3,
    vservers: [],
    error: null,
  };

  it("shows a check in progress as it is", () => {
    expect(verificationView(checking, new Date("2026-12-08T00:00:30.000Z"))).toEqual(checking);
  });

  it("shows a check whose process died long ago as interrupted", () => {
    expect(verificationView(checking, new Date("2026-12-08T01:00:00.000Z"))).toMatchObject({
      outcome: "interrupted",
      error: expect.stringContaining("stopped"),
    });
  });

  it("ignores what is not a verification", () => {
    expect(verificationView(null, new Date())).toBeNull();
    expect(verificationView({ outcome: "nonsense" }, new Date())).toBeNull();
  });
});
