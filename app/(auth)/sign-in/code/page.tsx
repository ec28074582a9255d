import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getAppSession } from "@/lib/auth/session";
import { SecondFactorForm } from "./second-factor-form";

// Reads the session on every request: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign-in code" };

export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  if (await getAppSession()) redirect("/topologies");
  const { next } = await searchParams;
  return (
    <Card>
      <h1 className="text-xl font-semibold">Enter your sign-in code</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600 dark:text-slate-400">
        Your account has a second factor. Enter the 6-digit code your authenticator app shows, or
        one of your backup codes.
      </p>
      <SecondFactorForm next={next} />
    </Card>
  );
}
