import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { isSetupComplete } from "@/lib/auth/setup";
import { SetupForm } from "./setup-form";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  if (await isSetupComplete()) redirect("/sign-in");
  return (
    <Card>
      <h1 className="text-xl font-semibold">Welcome</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600 dark:text-slate-400">
        Create the first account. It owns a new workspace where your NetScaler appliances and
        topologies will live.
      </p>
      <SetupForm />
    </Card>
  );
}
