// Each channel kind over the real wire: Slack and Teams bodies to a loopback receiver, email
// through a loopback SMTP server, the outbound policy refusing an address it does not allow,
// and the evaluator lease held by one instance at a time.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveChannel } from "@/lib/alerts/manage-channels";
import { makeNotice, type Notice } from "@/lib/alerts/notice";
import { sendToChannel } from "@/lib/alerts/send";
import { loadChannelSecrets } from "@/lib/alerts/store/channels";
import { acquireEvaluatorLease, releaseEvaluatorLease } from "@/lib/alerts/store/lease";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/alerts/testing/webhook-receiver";
import type { SmtpSettings } from "@/lib/mail/smtp-settings";
import {
  startLoopbackSmtpServer,
  type LoopbackSmtpServer,
} from "@/lib/mail/testing/loopback-smtp-server";
import { createWorkspaceWithUser } from "@/tests/support/fixtures";

const state = vi.hoisted(() => {
  process.env.ALERT_ALLOWED_TARGETS = "127.0.0.1";
  return { smtp: null as null | SmtpSettings };
});
vi.mock("@/lib/mail/smtp-settings", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mail/smtp-settings")>()),
  getSmtpSettings: () => state.smtp,
}));

let receiver: WebhookReceiver;
let smtp: LoopbackSmtpServer;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  smtp = await startLoopbackSmtpServer();
  state.smtp = {
    host: "127.0.0.1",
    port: smtp.port,
    secure: false,
    requireTLS: false,
    auth: undefined,
    from: "NetScaler HA <alerts@example.test>",
  };
});

afterAll(async () => {
  await receiver.close();
  await smtp.close();
});

const notice: Notice = makeNotice({
  event: "firing",
  rule: { id: randomUUID(), name: "UMS member down", kind: "member_down" },
  topology: { id: randomUUID(), name: "IGEL UMS" },
  object: {
    key: "servicegroup_servicegroupmember_binding/sg/ums-1/8443",
    label: "ums-1 (10.0.0.5:8443, sg)",
  },
  state: "DOWN",
  since: "2026-12-08T00:00:00.000Z",
  monitor: { name: "tcp-mon", state: "DOWN", lastResponse: "Failure - TCP syn sent, no response" },
  detail: null,
  at: "2026-12-08T00:00:05.000Z",
  url: "http://127.0.0.1:3000/topologies/x/status",
});

async function channel(kind: "slack" | "teams" | "webhook" | "email", url?: string) {
  const actor = await createWorkspaceWithUser("owner");
  const saved = await saveChannel(actor, {
    name: `${kind}-${randomUUID().slice(0, 6)}`,
    kind,
    url,
    emailTo: kind === "email" ? "ops@example.test, oncall@example.test" : undefined,
    clearHmacKey: false,
  });
  const secrets = await loadChannelSecrets(saved.id);
  if (!secrets) throw new Error("channel not stored");
  return secrets;
}

describe("alert channels", () => {
  it("posts Slack's { text, blocks } naming the member and the monitor's response", async () => {
    const arrival = receiver.next((r) => r.path.endsWith("/slack"));
    const result = await sendToChannel(await channel("slack", `${receiver.url}/slack`), notice);
    expect(result).toEqual({ ok: true, httpStatus: 200, error: null });
    const body = (await arrival).json as { text: string; blocks: unknown[] };
    expect(body.text).toBe(notice.summary);
    expect(body.text).toContain("ums-1");
    expect(JSON.stringify(body.blocks)).toContain("Failure - TCP syn sent, no response");
  });

  it("posts a Teams message with an Adaptive Card", async () => {
    const arrival = receiver.next((r) => r.path.endsWith("/teams"));
    await sendToChannel(await channel("teams", `${receiver.url}/teams`), notice);
    const body = (await arrival).json as {
      type: string;
      attachments: Array<{ contentType: string; content: { type: string; body: unknown[] } }>;
    };
    expect(body.type).toBe("message");
    expect(body.attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(body.attachments[0]?.content.type).toBe("AdaptiveCard");
    expect(JSON.stringify(body.attachments[0]?.content.body)).toContain("tcp-mon");
  });

  it("emails every recipient through SMTP_URL", async () => {
    const result = await sendToChannel(await channel("email"), notice);
    expect(result.ok).toBe(true);
    const mail = smtp.received.at(-1);
    expect(mail?.to).toEqual(["ops@example.test", "oncall@example.test"]);
    expect(mail?.raw).toContain("UMS member down");
    expect(mail?.raw).toContain("Failure - TCP syn sent");
  });

  it("refuses a loopback address ALERT_ALLOWED_TARGETS does not allow, and plain http elsewhere", async () => {
    const refused = await sendToChannel(
      await channel("webhook", "http://127.0.0.2:9/hook"),
      notice,
    );
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain("ALERT_ALLOWED_TARGETS");
    const plain = await sendToChannel(await channel("webhook", "http://192.0.2.10/hook"), notice);
    expect(plain).toMatchObject({ ok: false, error: "only https:// URLs may be used here" });
    const metadata = await sendToChannel(
      await channel("webhook", "https://169.254.169.254/hook"),
      notice,
    );
    expect(metadata.error).toContain("refused by the outbound policy");
  });

  it("lets one instance hold the evaluator lease at a time", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await releaseEvaluatorLease(a);
    expect(await acquireEvaluatorLease(a, 60_000)).toBe(true);
    expect(await acquireEvaluatorLease(b, 60_000)).toBe(false);
    expect(await acquireEvaluatorLease(a, 60_000)).toBe(true);
    await releaseEvaluatorLease(a);
    expect(await acquireEvaluatorLease(b, 60_000)).toBe(true);
    await releaseEvaluatorLease(b);
  });
});
