// What is deliberately NOT behind a workspace permission, each with the reason. Plain data: the
// coverage test and scripts/permissions-doc.ts both read it. An entry here is a decision to be
// reviewed like code, not a way to make the coverage test pass.

export interface ExemptAction {
  /** The module as the app imports it. */
  module: string;
  exportName: string;
  reason: string;
}

export interface ExemptRoute {
  module: string;
  method: string;
  reason: string;
}

export interface ExemptRouteFolder {
  /** Every route.ts below this folder is exempt. */
  folder: string;
  reason: string;
}

export const exemptActions: ExemptAction[] = [
  {
    module: "@/app/(auth)/setup/actions",
    exportName: "setupAction",
    reason:
      "For signed-out users by necessity: it creates the first owner while no account exists, and refuses once one does.",
  },
  {
    module: "@/app/(auth)/sign-in/actions",
    exportName: "signInAction",
    reason: "For signed-out users: it is how a session starts (throttled per address and account).",
  },
  {
    module: "@/app/(app)/sign-out-action",
    exportName: "signOutAction",
    reason:
      "Ends the caller's own session: every role may, and without a session it changes nothing.",
  },
  {
    module: "@/app/(auth)/invite/[token]/actions",
    exportName: "acceptWithNewAccountAction",
    reason:
      "For a user who is not a member yet: the invitation token is the authorization; password attempts are throttled like sign-in.",
  },
  {
    module: "@/app/(auth)/invite/[token]/actions",
    exportName: "acceptWithExistingAccountAction",
    reason:
      "For a user who is not a member yet: the invitation token is the authorization; password attempts are throttled like sign-in.",
  },
  {
    module: "@/app/(app)/settings/account-actions",
    exportName: "changePasswordAction",
    reason:
      "Acts only on the caller's own account and takes no id: every signed-in member may (authedAction with workspace:read); tests/integration/change-password.test.ts proves it.",
  },
  {
    module: "@/app/(app)/settings/account-actions",
    exportName: "startTotpEnrolmentAction",
    reason:
      "Acts only on the caller's own account and takes no id: every signed-in member may (authedAction with workspace:read); tests/integration/two-factor.test.ts proves it. Stays open while the workspace requires a second factor the caller has not set up.",
  },
  {
    module: "@/app/(app)/settings/account-actions",
    exportName: "confirmTotpEnrolmentAction",
    reason:
      "Acts only on the caller's own account and takes no id: every signed-in member may (authedAction with workspace:read); tests/integration/two-factor.test.ts proves it. Stays open while the workspace requires a second factor the caller has not set up.",
  },
  {
    module: "@/app/(app)/settings/account-actions",
    exportName: "disableTotpAction",
    reason:
      "Acts only on the caller's own account and takes no id: every signed-in member may (authedAction with workspace:read); tests/integration/two-factor.test.ts proves it. Asks for the password, and is refused while the workspace requires a second factor.",
  },
  {
    module: "@/app/(auth)/sign-in/code/actions",
    exportName: "verifySecondFactorAction",
    reason:
      "For signed-out users: the second step of signing in; the signed, 10-minute two-factor cookie from the password step is the authorization, with 5 tries per sign-in and a 15-minute lock after 10 wrong codes.",
  },
  {
    module: "@/app/(auth)/reset/[token]/actions",
    exportName: "resetPasswordAction",
    reason:
      "For a member who cannot sign in: the one-time reset link's token (issued under members:manage, valid for an hour, consumed once) is the authorization.",
  },
];

export const exemptRoutes: ExemptRoute[] = [
  {
    module: "@/app/api/health/route",
    method: "GET",
    reason: "Liveness for load balancers and monitoring: no session, and no workspace data.",
  },
  {
    module: "@/app/metrics/route",
    method: "GET",
    reason:
      "Prometheus scrapes without a session: the METRICS_TOKEN bearer (installation-wide, constant-time compared) is the authorization; without the variable it answers 404.",
  },
  {
    module: "@/app/api/runbook/stylesheet/route",
    method: "GET",
    reason:
      "The runbook's fixed CSS, the same for everyone: no session, and nothing from any workspace.",
  },
];

export const exemptRouteFolders: ExemptRouteFolder[] = [
  {
    folder: "app/api/share",
    reason:
      "Public read-only share links: the token in the URL is the authorization (made and revoked under topology:share), not a session.",
  },
];

/** "@/app/x/actions" → "app/x/actions.ts", the path the source scan reports. */
export function fileOf(module: string): string {
  return `${module.replace(/^@\//, "")}.ts`;
}
