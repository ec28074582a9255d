// Invitation emails through a real SMTP server (smtp-server on loopback): the message arrives
// with the link; a failed send keeps the invitation and shows the link with the reason; the
// SMTP password never reaches a result, a log line or an audit row.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { findFreePort } from "@/lib/server/free-port";
import type { SmtpSettings } from "@/lib/mail/smtp-settings";
import {
  startLoopbackSmtpServer,
  type LoopbackSmtpServer,
} from "@/lib/mail/testing/loopback-smtp-server";
import { createWorkspaceWithUser } from "../support/fixtures";
import { setSessionProfile, signInAs, signOut } from "../support/session-double";

const state = vi.hoisted(() => ({ smtp: null as null | SmtpSettings }));
vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "https://nsha.example.test" }),
}));
vi.mock("@/lib/mail/smtp-settings", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mail/smtp-settings")>()),
  getSmtpSettings: () => state.smtp,
}));

setSessionProfile({
  userName: "Olivia <Owner>",
  email: "owner@example.test",
  workspaceName: "Datacenter & team",
});

const { inviteMemberAction } = await import("@/app/(app)/settings/members/actions");
const { smtpSettingsFrom } = await import("@/lib/mail/smtp-settings");

const SMTP_USER = "mailer";
// Characters that must be URL-encoded in SMTP_URL, to prove the decoding and the redaction.
const SMTP_PASSWORD = "Sm7p/S3cret:p@ss%word";

let smtp: LoopbackSmtpServer;
let port: number;

beforeAll(async () => {
  // Plain loopback: no STARTTLS (so the tests set SMTP_INSECURE), and AUTH allowed without it.
  smtp = await startLoopbackSmtpServer({
    authMethods: ["PLAIN", "LOGIN"],
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) {
        callback(null, { user: auth.username });
        return;
      }
      // A hostile or careless server that repeats what it was sent.
      callback(new Error(`Authentication failed for ${auth.username}/${auth.password}`));
    },
  });
  port = smtp.port;
});

afterAll(() => smtp.close());

const logged: string[] = [];
beforeEach(() => {
  signOut();
  state.smtp = null;
  smtp.received.length = 0;
  logged.length = 0;
  for (const level of ["info", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    });
  }
});

function smtpUrl(password: string, atPort = port): string {
  return `smtp://${SMTP_USER}:${encodeURIComponent(password)}@127.0.0.1:${atPort}`;
}

async function ownerSession() {
  const owner = await createWorkspaceWithUser("owner");
  signInAs(owner, "owner");
  return owner;
}

/** Quoted-printable soft line breaks undone, so a long link can be searched for whole. */
const unfold = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");

function expectNoSecret(...values: unknown[]) {
  for (const value of values) {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    expect(text).not.toContain(SMTP_PASSWORD);
    expect(text).not.toContain(encodeURIComponent(SMTP_PASSWORD));
  }
}

describe("invitation email", () => {
  it("emails the link (text and HTML) and records that it was emailed", async () => {
    const owner = await ownerSession();
    state.smtp = smtpSettingsFrom({
      SMTP_URL: smtpUrl(SMTP_PASSWORD),
      SMTP_FROM: "NetScaler HA <nsha@example.test>",
      SMTP_INSECURE: true,
    });
    const email = `mail-${randomUUID().slice(0, 8)}@example.test`;
    const result = await inviteMemberAction({ email, role: "editor" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.emailOutcome).toEqual({ status: "sent" });

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.from).toBe("nsha@example.test");
    expect(message?.to).toEqual([email]);
    const raw = unfold(message?.raw ?? "");
    expect(raw).toMatch(/^Subject: Invitation to Datacenter & team in NetScaler HA/m);
    expect(raw).toContain("Content-Type: text/plain");
    expect(raw).toContain("Content-Type: text/html");
    // The link appears in the text part and, as href and text, in the HTML part.
    expect(raw.split(result.data.link).length - 1).toBeGreaterThanOrEqual(3);
    // Names from users are escaped in the HTML part.
    expect(raw).toContain("Olivia &lt;Owner&gt; invited you");

    const row = await getDb().invitation.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row.emailedAt).toBeInstanceOf(Date);
    const [event] = await getDb().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, action: "member.invited" },
    });
    expect(event?.detail).toEqual({ email, role: "editor", emailed: true });
    expectNoSecret(result, logged, event);
  });

  it("keeps the invitation and shows the link with the reason when the server refuses", async () => {
    const owner = await ownerSession();
    const wrongPassword = `${SMTP_PASSWORD}-old`;
    state.smtp = smtpSettingsFrom({
      SMTP_URL: smtpUrl(wrongPassword),
      SMTP_FROM: undefined,
      SMTP_INSECURE: true,
    });
    const email = `fail-${randomUUID().slice(0, 8)}@example.test`;
    const result = await inviteMemberAction({ email, role: "viewer" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const outcome = result.data.emailOutcome;
    expect(outcome.status).toBe("failed");
    const reason = outcome.status === "failed" ? outcome.reason : "";
    expect(reason).toMatch(/Authentication failed/);
    expect(reason).not.toContain(wrongPassword);
    expect(result.data.link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(smtp.received).toHaveLength(0);

    const row = await getDb().invitation.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ status: "pending", emailedAt: null });
    const events = await getDb().auditEvent.findMany({ where: { workspaceId: owner.workspaceId } });
    expect(events.map((e) => e.detail)).toEqual([{ email, role: "viewer", emailed: false }]);
    // The failure was logged, without the password.
    expect(logged.some((line) => line.includes("invitation email could not be sent"))).toBe(true);
    for (const value of [result, logged, events]) {
      const text = JSON.stringify(value);
      expect(text).not.toContain(wrongPassword);
      expect(text).not.toContain(encodeURIComponent(wrongPassword));
    }
  });

  it("keeps the invitation when no server answers", async () => {
    await ownerSession();
    const closedPort = await findFreePort();
    state.smtp = smtpSettingsFrom({
      SMTP_URL: smtpUrl(SMTP_PASSWORD, closedPort),
      SMTP_FROM: undefined,
      SMTP_INSECURE: true,
    });
    const result = await inviteMemberAction({
      email: `down-${randomUUID().slice(0, 8)}@example.test`,
      role: "viewer",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.emailOutcome).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/ECONNREFUSED/),
    });
    expectNoSecret(result, logged);
  });
});
