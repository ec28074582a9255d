// The alert rule kinds, in the product's words. Pure: the Alerts forms use it in the browser.

export const RULE_KINDS = [
  "vserver_down",
  "member_down",
  "health_below",
  "appliance_unreachable",
  "config_unsaved",
  "drift",
  "ha_sync_failure",
  "certificate_expiring",
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

export interface RuleKindInfo {
  label: string;
  /** What the threshold means for this kind; null when the kind has none. */
  threshold: { label: string; unit: string; min: number; max: number; default: number } | null;
}

export const RULE_KIND_INFO: Record<RuleKind, RuleKindInfo> = {
  vserver_down: { label: "Virtual server DOWN", threshold: null },
  member_down: { label: "Member DOWN", threshold: null },
  health_below: {
    label: "Virtual server health below",
    threshold: { label: "Health below", unit: "%", min: 1, max: 100, default: 50 },
  },
  appliance_unreachable: { label: "Appliance unreachable or login failing", threshold: null },
  config_unsaved: {
    label: "Unsaved configuration",
    threshold: {
      label: "Unsaved for longer than",
      unit: "minutes",
      min: 1,
      max: 10_080,
      default: 30,
    },
  },
  drift: { label: "Configuration drift", threshold: null },
  ha_sync_failure: { label: "HA synchronisation failing", threshold: null },
  certificate_expiring: {
    label: "Certificate expiring",
    threshold: { label: "Expires within", unit: "days", min: 1, max: 365, default: 30 },
  },
};

export const CHANNEL_KINDS = ["webhook", "slack", "teams", "email"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  webhook: "Webhook (JSON, optional HMAC signature)",
  slack: "Slack incoming webhook",
  teams: "Microsoft Teams incoming webhook",
  email: "Email (SMTP_URL)",
};

export const DELIVERY_STATUSES = ["queued", "retrying", "sent", "failed", "silenced"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type NoticeEvent = "firing" | "resolved" | "flapping" | "test";
