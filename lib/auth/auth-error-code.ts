// better-auth answers a refused request with an APIError whose body names the reason by code
// ("INVALID_PASSWORD", "INVALID_CODE" …); the app turns those codes into its own messages.
import { APIError } from "better-auth/api";

/** The code of a better-auth refusal, or null for any other error (which callers rethrow). */
export function authErrorCode(error: unknown): string | null {
  if (!(error instanceof APIError)) return null;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : "UNKNOWN";
}
