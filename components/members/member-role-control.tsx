"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { roles, type Role } from "@/lib/auth/roles";
import { RoleSelect } from "./role-select";

export type ChangeRole = (input: {
  membershipId: string;
  role: Role;
}) => Promise<ActionResult<{ from: string; to: Role; changed: boolean }>>;

/** Changes a member's role as soon as another is picked; a refusal puts the old one back. */
export function MemberRoleControl({
  membershipId,
  memberName,
  role,
  changeRole,
}: {
  membershipId: string;
  memberName: string;
  role: Role;
  changeRole: ChangeRole;
}) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState<Role>(role);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onChange = (next: Role) => {
    setValue(next);
    setError(null);
    startTransition(async () => {
      const result = await changeRole({ membershipId, role: next });
      if (result.ok) router.refresh();
      else {
        setValue(role);
        setError(result.error);
      }
    });
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        Role of {memberName}
      </label>
      <RoleSelect
        id={id}
        choices={roles}
        value={value}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(event) => onChange(event.target.value as Role)}
        className="w-32"
      />
      {error ? (
        <p role="alert" className="max-w-xs text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
