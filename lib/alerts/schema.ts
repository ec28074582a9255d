// The Alerts forms' input, validated on the server (and usable in the browser). Empty form
// fields arrive as "", which count as missing where a field is optional.
import { z } from "zod";
import { CHANNEL_KINDS, RULE_KIND_INFO, RULE_KINDS } from "./kinds";

const blank = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalId = z.preprocess(blank, z.uuid("choose one from the list").optional());
const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true",
  z.boolean(),
);
const idList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid("choose channels from the list")).max(20, "at most 20 channels"),
);

export const ruleInputSchema = z
  .object({
    id: optionalId,
    name: z.string().trim().min(1, "give the rule a name").max(100, "at most 100 characters"),
    kind: z.enum(RULE_KINDS, "choose what the rule watches"),
    threshold: z.preprocess(
      blank,
      z.coerce.number("must be a whole number").int("must be a whole number").optional(),
    ),
    holdSeconds: z.preprocess(
      (value) => blank(value) ?? 0,
      z.coerce
        .number("must be a whole number of seconds")
        .int("must be a whole number of seconds")
        .min(0, "must be 0 or more")
        .max(86_400, "must be at most 86400 (a day)"),
    ),
    topologyId: optionalId,
    enabled: checkbox,
    channelIds: idList,
  })
  .superRefine((rule, ctx) => {
    const threshold = RULE_KIND_INFO[rule.kind].threshold;
    if (!threshold) return;
    if (rule.threshold === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["threshold"],
        message: `enter ${threshold.label.toLowerCase()} (${threshold.unit})`,
      });
    else if (rule.threshold < threshold.min || rule.threshold > threshold.max)
      ctx.addIssue({
        code: "custom",
        path: ["threshold"],
        message: `must be ${threshold.min}–${threshold.max} ${threshold.unit}`,
      });
  });
export type RuleInput = z.infer<typeof ruleInputSchema>;

export const channelInputSchema = z
  .object({
    id: optionalId,
    name: z.string().trim().min(1, "give the channel a name").max(100, "at most 100 characters"),
    kind: z.enum(CHANNEL_KINDS, "choose a channel type"),
    /** Empty on an edit keeps the stored URL. */
    url: z.preprocess(blank, z.string().trim().max(2000, "at most 2000 characters").optional()),
    /** Empty on an edit keeps the stored key; clearHmacKey removes it. */
    hmacKey: z.preprocess(blank, z.string().min(16, "at least 16 characters").max(512).optional()),
    clearHmacKey: checkbox,
    emailTo: z.preprocess(blank, z.string().trim().max(1000).optional()),
  })
  .superRefine((channel, ctx) => {
    if (channel.url !== undefined) {
      let url: URL | null = null;
      try {
        url = new URL(channel.url);
      } catch {
        url = null;
      }
      if (!url || !["https:", "http:"].includes(url.protocol))
        ctx.addIssue({ code: "custom", path: ["url"], message: "must be an https:// URL" });
      else if (url.username || url.password)
        ctx.addIssue({
          code: "custom",
          path: ["url"],
          message: "must not contain a user name or password",
        });
    }
    if (channel.kind === "email") {
      const addresses = (channel.emailTo ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean);
      if (addresses.length === 0)
        ctx.addIssue({ code: "custom", path: ["emailTo"], message: "enter at least one address" });
      else if (addresses.some((a) => !/^[^<>@\s,]+@[^<>@\s,]+\.[^<>@\s,]+$/.test(a)))
        ctx.addIssue({
          code: "custom",
          path: ["emailTo"],
          message: "enter addresses like ops@example.com, separated by commas",
        });
    }
    if (channel.kind !== "webhook" && channel.hmacKey !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["hmacKey"],
        message: "only a generic webhook is signed",
      });
  });
export type ChannelInput = z.infer<typeof channelInputSchema>;

export const silenceInputSchema = z.object({
  topologyId: optionalId,
  ruleId: optionalId,
  objectKey: z.preprocess(blank, z.string().trim().max(500).optional()),
  reason: z
    .string()
    .trim()
    .min(1, "say why (shown in the delivery log)")
    .max(500, "at most 500 characters"),
  durationMinutes: z.coerce
    .number("must be a whole number of minutes")
    .int("must be a whole number of minutes")
    .min(1, "at least 1 minute")
    .max(43_200, "at most 30 days (43200 minutes)"),
});
export type SilenceInput = z.infer<typeof silenceInputSchema>;

export const idInputSchema = z.object({ id: z.uuid() });
