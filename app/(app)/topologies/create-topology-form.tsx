"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { topologyKindInfo, topologyKinds } from "@/lib/topology/schema/kinds";
import { createTopologyAction } from "./actions";

export function CreateTopologyForm() {
  const router = useRouter();
  const { onSubmit, pending, fieldErrors, formError, result } = useActionForm(
    createTopologyAction,
    {
      onSuccess: (data) => router.push(data.href),
    },
  );
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4"
      noValidate
      aria-labelledby="create-topology-title"
    >
      <h2 id="create-topology-title" className="text-base font-semibold">
        New topology
      </h2>
      {formError && !(result && !result.ok && result.fieldErrors) ? (
        <Alert tone="error">{formError}</Alert>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium">What are you load-balancing?</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {topologyKinds.map((kind, index) => (
            <label
              key={kind}
              className="flex cursor-pointer gap-3 rounded-md border border-slate-300 p-3 has-checked:border-sky-600 has-checked:bg-sky-50 dark:border-slate-700 dark:has-checked:bg-sky-950/40"
            >
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={index === 0}
                className="mt-1"
              />
              <span>
                <span className="block text-sm font-medium">{topologyKindInfo[kind].label}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {topologyKindInfo[kind].description}
                </span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.kind ? (
          <p className="mt-1 text-sm text-red-700">{fieldErrors.kind.join(" ")}</p>
        ) : null}
      </fieldset>
      <Field
        name="name"
        label="Name"
        required
        placeholder="e.g. UMS production"
        errors={fieldErrors.name}
      />
      <Button type="submit" pending={pending}>
        Create topology
      </Button>
    </form>
  );
}
