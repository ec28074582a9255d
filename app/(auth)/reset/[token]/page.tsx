import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { findResetLinkForToken } from "@/lib/auth/reset-links";
import { formatDateTime } from "@/lib/format";
import { resetPasswordAction } from "./actions";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false } };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const link = await findResetLinkForToken(token);
  return (
    <Card>
      <h1 className="text-xl font-semibold">Set a new password</h1>
      {link ? (
        <>
          <p className="mt-1 mb-5 text-sm text-slate-600 dark:text-slate-400">
            For <strong>{link.email}</strong>. This link works once and expires on{" "}
            {formatDateTime(link.expiresAt)}. Setting the password signs this account out
            everywhere.
          </p>
          <ResetPasswordForm token={token} reset={resetPasswordAction} />
        </>
      ) : (
        <Alert tone="error" className="mt-4">
          This reset link has expired or was used already. Ask a workspace owner for a new one.
        </Alert>
      )}
    </Card>
  );
}
