// Permission rows for the Alerts actions (app/(app)/alerts/actions.ts), spread into
// action-cases.ts: owners manage rules, channels and silences; editors and viewers may not.
import { saveChannel } from "@/lib/alerts/manage-channels";
import { saveRule } from "@/lib/alerts/manage-rules";
import { createSilence } from "@/lib/alerts/manage-silences";
import { getDb } from "@/lib/db/client";
import type { Permission } from "@/lib/auth/permissions";
import { noFixture, workspaceRows, type Member, type Refs } from "./fixtures";

const alerts = "@/app/(app)/alerts/actions";

/** A channel (with a URL and an HMAC key), a rule sending to it, and a silence. */
async function alertsFixture(owner: Member): Promise<Refs> {
  const channel = await saveChannel(owner, {
    name: "ops hook",
    kind: "webhook",
    url: "https://hooks.example.test/alerts/secret-path",
    hmacKey: "hmac-key-0123456789abcdef",
    clearHmacKey: false,
  });
  const rule = await saveRule(owner, {
    name: "member down",
    kind: "member_down",
    holdSeconds: 0,
    enabled: true,
    channelIds: [channel.id],
  });
  const silence = await createSilence(owner, { reason: "maintenance", durationMinutes: 60 });
  return { channelId: channel.id, ruleId: rule.id, silenceId: silence.id };
}

async function alertRows(workspaceId: string): Promise<unknown> {
  const db = getDb();
  const where = { workspaceId };
  const byId = { id: "asc" } as const;
  const [rules, links, channels, silences, deliveries] = await Promise.all([
    db.alertRule.findMany({ where, orderBy: byId }),
    db.alertRuleChannel.findMany({ where: { rule: where }, orderBy: { channelId: "asc" } }),
    db.alertChannel.findMany({ where, orderBy: byId }),
    db.alertSilence.findMany({ where, orderBy: byId }),
    db.alertDelivery.findMany({ where, orderBy: byId }),
  ]);
  return { rules, links, channels, silences, deliveries, rest: await workspaceRows(workspaceId) };
}

/** The shape of action-cases.ts's ActionCase (not imported: that file imports this one). */
interface AlertActionCase {
  module: string;
  exportName: string;
  permission: Permission;
  fixture: (owner: Member) => Promise<Refs>;
  input: (refs: Refs) => unknown;
  readState: (workspaceId: string, refs: Refs) => Promise<unknown>;
  unscoped?: string;
}

export const alertActionCases: AlertActionCase[] = [
  {
    module: alerts,
    exportName: "saveAlertRuleAction",
    permission: "alerts:manage",
    fixture: alertsFixture,
    input: (r) => ({
      id: r.ruleId,
      name: "renamed",
      kind: "vserver_down",
      holdSeconds: "30",
      enabled: "on",
      channelIds: [r.channelId],
    }),
    readState: alertRows,
  },
  {
    module: alerts,
    exportName: "deleteAlertRuleAction",
    permission: "alerts:manage",
    fixture: alertsFixture,
    input: (r) => ({ id: r.ruleId }),
    readState: alertRows,
  },
  {
    module: alerts,
    exportName: "saveAlertChannelAction",
    permission: "alerts:manage",
    fixture: alertsFixture,
    input: (r) => ({ id: r.channelId, name: "renamed hook", kind: "webhook" }),
    readState: alertRows,
  },
  {
    module: alerts,
    exportName: "deleteAlertChannelAction",
    permission: "alerts:manage",
    fixture: alertsFixture,
    input: (r) => ({ id: r.channelId }),
    readState: alertRows,
  },
  {
    module: alerts,
    exportName: "testAlertChannelAction",
    permission: "alerts:manage",
    fixture: alertsFixture,
    input: (r) => ({ id: r.channelId }),
    readState: alertRows,
  },
  {
    module: alerts,
    exportName: "createAlertSilenceAction",
    permission: "alerts:manage",
    fixture: noFixture,
    input: () => ({ reason: "upgrade", durationMinutes: "30" }),
    readState: alertRows,
    unscoped: "creates a silence in the caller's own workspace; it names no stored object",
  },
  {
    module: alerts,
    exportName: "endAlertSilenceAction",
    permission: "alerts:manage",
    fixture: alertsFixture,
    input: (r) => ({ id: r.silenceId }),
    readState: alertRows,
  },
];
