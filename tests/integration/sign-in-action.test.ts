// The sign-in form's server action, run for real against the database: its answer must name
// the field at fault whether or not the form carries a `next` path.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/client-address", () => ({ getClientAddress: async () => "127.0.0.1" }));

const { signInAction } = await import("@/app/(auth)/sign-in/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("signInAction", () => {
  // An unknown email gets the wrong-credentials answer, on the password field (it must not
  // say which emails have accounts: tests/integration/sign-in-throttle.test.ts).
  it("answers an unknown email with a field error, without a next path", async () => {
    const result = await signInAction(
      form({ email: "nobody@example.test", password: "whatever-password-1" }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.password?.[0]).toMatch(
      /email address or the password/,
    );
    expect(!result.ok && result.fieldErrors?.next).toBeUndefined();
  });

  it("does the same with a next path", async () => {
    const result = await signInAction(
      form({ email: "nobody@example.test", password: "whatever-password-1", next: "/appliances" }),
    );
    expect(!result.ok && result.fieldErrors?.password?.[0]).toMatch(
      /email address or the password/,
    );
  });

  it("names the empty fields", async () => {
    const result = await signInAction(form({ email: "", password: "" }));
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "email",
      "password",
    ]);
  });
});
