-- Account security: a second factor (better-auth's two-factor plugin), one-time password reset
-- links issued by an owner, and a workspace setting that requires a second factor.

-- better-auth's two-factor plugin: a flag on the user and one row per enrolled user. The TOTP
-- secret and the backup codes are written by the plugin, encrypted under the app secret.
ALTER TABLE "users" ADD COLUMN "twoFactorEnabled" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "two_factors" (
    "id" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "backupCodes" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "failedVerificationCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "two_factors_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "two_factors_secret_idx" ON "two_factors"("secret");
CREATE INDEX "two_factors_userId_idx" ON "two_factors"("userId");

ALTER TABLE "two_factors" ADD CONSTRAINT "two_factors_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Password reset links: the token is shown once; only its SHA-256 is stored.
CREATE TABLE "password_reset_links" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_links_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "password_reset_links_tokenHash_key" ON "password_reset_links"("tokenHash");
CREATE INDEX "password_reset_links_userId_idx" ON "password_reset_links"("userId");

ALTER TABLE "password_reset_links" ADD CONSTRAINT "password_reset_links_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "password_reset_links" ADD CONSTRAINT "password_reset_links_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "password_reset_links" ADD CONSTRAINT "password_reset_links_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An owner may require every member to use a second factor before they use the workspace.
ALTER TABLE "workspaces" ADD COLUMN "requireTwoFactor" BOOLEAN NOT NULL DEFAULT false;
