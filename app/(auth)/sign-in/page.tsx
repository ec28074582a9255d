import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getAppSession } from "@/lib/auth/session";
import { isSetupComplete } from "@/lib/auth/setup";
import { SignInForm } from "./sign-in-form";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ expired?: string; next?: string; signedOut?: string }>;
}) {
  if (!(await isSetupComplete())) redirect("/setup");
  if (await getAppSession()) redirect("/topologies");
  const params = await searchParams;
  return (
    <Card>
      <h1 className="mb-5 text-xl font-semibold">Sign in</h1>
      {params.expired ? (
        <Alert tone="warning" className="mb-4">
          Your session has expired. Sign in again to continue.
        </Alert>
      ) : null}
      {params.signedOut ? (
        <Alert tone="success" className="mb-4">
          You are signed out.
        </Alert>
      ) : null}
      <SignInForm next={params.next} />
    </Card>
  );
}
