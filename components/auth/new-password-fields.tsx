import { Field } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

/**
 * The new password typed twice, for every form that replaces a password (changing it, or
 * setting it from a reset link): the same names, so the server checks both the same way.
 */
export function NewPasswordFields({ fieldErrors }: { fieldErrors: FieldErrors }) {
  return (
    <>
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={fieldErrors.newPassword}
      />
      <Field
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors.confirmPassword}
      />
    </>
  );
}
