// Pure: the body each channel kind posts for a notice, and the webhook's HMAC signature.
//
// Generic webhook: the notice as JSON. With an HMAC key, two headers:
//   X-Alert-Timestamp: <unix seconds>
//   X-Alert-Signature: sha256=<hex HMAC-SHA256(key, "<timestamp>.<raw body>")>
// A receiver recomputes the HMAC over the raw body it got and refuses an old timestamp.
import { createHmac } from "node:crypto";
import type { ChannelKind } from "./kinds";
import { noticeFacts, type Notice } from "./notice";

export const SIGNATURE_HEADER = "X-Alert-Signature";
export const TIMESTAMP_HEADER = "X-Alert-Timestamp";

export function signBody(key: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac("sha256", key).update(`${timestamp}.${rawBody}`).digest("hex")}`;
}

function slackBody(notice: Notice): object {
  const facts = noticeFacts(notice)
    .map(([label, value]) => `*${label}:* ${value}`)
    .join("\n");
  return {
    text: notice.summary,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${notice.summary}*` } },
      { type: "section", text: { type: "mrkdwn", text: facts } },
      ...(notice.url
        ? [{ type: "context", elements: [{ type: "mrkdwn", text: `<${notice.url}|Open status>` }] }]
        : []),
    ],
  };
}

// Teams incoming webhooks (and Workflows "post to a channel when a webhook request is
// received") accept a message whose attachment is an Adaptive Card.
function teamsBody(notice: Notice): object {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            {
              type: "TextBlock",
              text: notice.summary,
              weight: "Bolder",
              wrap: true,
              color:
                notice.event === "resolved"
                  ? "Good"
                  : notice.event === "test"
                    ? "Default"
                    : "Attention",
            },
            {
              type: "FactSet",
              facts: noticeFacts(notice).map(([title, value]) => ({ title, value })),
            },
          ],
          actions: notice.url
            ? [{ type: "Action.OpenUrl", title: "Open status", url: notice.url }]
            : [],
        },
      },
    ],
  };
}

/** The JSON body for an HTTP channel kind. */
export function httpBody(kind: Exclude<ChannelKind, "email">, notice: Notice): object {
  if (kind === "slack") return slackBody(notice);
  if (kind === "teams") return teamsBody(notice);
  return { ...notice, source: "netscaler-ha" };
}

export function mailBody(notice: Notice): { subject: string; text: string; html: string } {
  const facts = noticeFacts(notice);
  const escape = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    subject: notice.summary.slice(0, 200),
    text: [
      notice.summary,
      "",
      ...facts.map(([l, v]) => `${l}: ${v}`),
      ...(notice.url ? ["", notice.url] : []),
    ].join("\n"),
    html: `<p><strong>${escape(notice.summary)}</strong></p><table>${facts
      .map(([l, v]) => `<tr><th align="left">${escape(l)}</th><td>${escape(v)}</td></tr>`)
      .join(
        "",
      )}</table>${notice.url ? `<p><a href="${escape(notice.url)}">Open status</a></p>` : ""}`,
  };
}
