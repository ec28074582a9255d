import { Field } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

/**
 * The password input of every sign-in and account form. A new password shows the policy's
 * length as a hint; the autocomplete value lets password managers offer to save a new one or
 * fill in the stored one.
 */
export function PasswordField({
  purpose,
  errors,
  className,
}: {
  purpose: "new" | "current";
  errors?: string[];
  className?: string;
}) {
  return (
    <Field
      name="password"
      label="Password"
      type="password"
      autoComplete={`${purpose}-password`}
      required
      hint={purpose === "new" ? `At least ${MIN_PASSWORD_LENGTH} characters.` : undefined}
      errors={errors}
      className={className}
    />
  );
}
