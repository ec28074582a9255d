// better-auth: users, password hashing (scrypt), sessions in httpOnly cookies and the
// organization plugin, whose organizations and members are our workspaces and memberships.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization, twoFactor } from "better-auth/plugins";
import { getDb } from "@/lib/db/client";
import { getAppSecret, getEnv } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { sessionLimits } from "@/lib/auth/session-lifetime";

function appUrl(): string {
  const env = getEnv();
  return env.APP_URL ?? `http://localhost:${env.PORT}`;
}

function createAuth() {
  const env = getEnv();
  const url = appUrl();
  return betterAuth({
    appName: "NetScaler HA",
    baseURL: url,
    secret: getAppSecret(),
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    telemetry: { enabled: false },
    trustedOrigins: [url, `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      // Accounts are created by /setup and, later, by invitations; never by open sign-up.
      disableSignUp: true,
    },
    // A session lasts SESSION_MAX_HOURS from sign-in, never extended (so expiresAt is the
    // absolute limit, and the cookie lives no longer); the idle limit is enforced by
    // getAppSession (lib/auth/session-lifetime.ts).
    session: {
      expiresIn: sessionLimits(env).absoluteMs / 1000,
      disableSessionRefresh: true,
    },
    // Sign-in throttling lives in lib/auth/sign-in-throttle.ts, shared by all app instances.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: url.startsWith("https://"),
      cookiePrefix: "nsha",
    },
    plugins: [
      organization({
        creatorRole: "owner",
        allowUserToCreateOrganization: false,
        schema: {
          organization: { modelName: "workspace" },
          member: { modelName: "membership", fields: { organizationId: "workspaceId" } },
          invitation: { fields: { organizationId: "workspaceId" } },
          session: { fields: { activeOrganizationId: "activeWorkspaceId" } },
        },
      }),
      // TOTP second factor: the plugin encrypts the secret and the backup codes under the app
      // secret, and locks an account after repeated wrong codes. Sign-in asks for the code in
      // lib/auth/second-factor.ts.
      twoFactor({ issuer: "NetScaler HA" }),
      // Must stay last: lets server actions set the session cookie.
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

export function getAuth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
