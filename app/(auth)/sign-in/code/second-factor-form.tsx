"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { verifySecondFactorAction } from "./actions";

export function SecondFactorForm({ next }: { next?: string }) {
  const { onSubmit, pending, fieldErrors, bannerError, result } =
    useActionForm(verifySecondFactorAction);
  const expired = result && !result.ok && result.code === "UNAUTHENTICATED";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {bannerError ? (
        <Alert tone="error">
          {bannerError}{" "}
          {expired ? (
            <Link href="/sign-in" className="underline">
              Sign in again
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        name="code"
        label="Code"
        autoComplete="one-time-code"
        inputMode="text"
        required
        errors={fieldErrors.code}
      />
      <Button type="submit" pending={pending} className="w-full">
        Verify
      </Button>
    </form>
  );
}
