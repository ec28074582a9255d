import { describe, expect, it } from "vitest";
import { isRefusal, NitroError, redactText } from "./errors";
import { isRetryable } from "./retry";

describe("NitroError", () => {
  it("serialises only its safe fields", () => {
    const error = new NitroError("not_found", "GET server: No such resource (errorcode 258)", {
      httpStatus: 404,
      errorcode: 258,
      resource: "server",
      method: "GET",
    });
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NitroError",
      kind: "not_found",
      message: "GET server: No such resource (errorcode 258)",
      httpStatus: 404,
      errorcode: 258,
      resource: "server",
      method: "GET",
    });
  });

  it("redacts secrets from message and cause, plain and URL-encoded", () => {
    const cause = new Error("socket said p@ss w0rd! and ##TOKEN123");
    const error = new NitroError("nitro", "bad p@ss w0rd! / p%40ss%20w0rd! / ##TOKEN123", {
      cause,
    });
    const clean = error.redacted(["p@ss w0rd!", "##TOKEN123"]);
    const everything = [clean.message, clean.stack, JSON.stringify(clean), String(clean.cause)];
    const causeStack = clean.cause instanceof Error ? clean.cause.stack : "";
    for (const text of [...everything, causeStack]) {
      expect(text).not.toContain("p@ss w0rd!");
      expect(text).not.toContain("p%40ss%20w0rd!");
      expect(text).not.toContain("TOKEN123");
    }
    expect(clean.kind).toBe("nitro");
  });

  it("leaves short or absent secrets alone", () => {
    expect(redactText("a b c", ["", "a"])).toBe("a b c");
  });

  it("tells refusals from failures to ask", () => {
    expect(isRefusal(new NitroError("forbidden", "x"))).toBe(true);
    expect(isRefusal(new NitroError("not_found", "x"))).toBe(true);
    expect(isRefusal(new NitroError("timeout", "x"))).toBe(false);
    expect(isRefusal(new NitroError("auth_failed", "x"))).toBe(false);
    expect(isRefusal(new Error("x"))).toBe(false);
  });
});

describe("isRetryable", () => {
  const err = (kind: ConstructorParameters<typeof NitroError>[0], extra = {}) =>
    new NitroError(kind, "x", extra);

  it("retries reads on timeouts, connection failures and 503", () => {
    expect(isRetryable(err("timeout", { requestSent: true }), "GET")).toBe(true);
    expect(isRetryable(err("unreachable", { requestSent: true }), "GET")).toBe(true);
    expect(isRetryable(err("nitro", { httpStatus: 503 }), "GET")).toBe(true);
    expect(isRetryable(err("not_found", { httpStatus: 404 }), "GET")).toBe(false);
  });

  it("retries writes only when the request never left", () => {
    expect(isRetryable(err("unreachable", { requestSent: false }), "POST")).toBe(true);
    expect(isRetryable(err("timeout", { requestSent: true }), "POST")).toBe(false);
    expect(isRetryable(err("unreachable", { requestSent: true }), "PUT")).toBe(false);
    expect(isRetryable(err("nitro", { httpStatus: 503 }), "DELETE")).toBe(false);
  });

  it("never retries trust failures or unknown host names", () => {
    expect(isRetryable(err("tls", { requestSent: false }), "GET")).toBe(false);
    expect(isRetryable(err("tls_pin_mismatch", { requestSent: false }), "GET")).toBe(false);
    expect(isRetryable(err("dns", { requestSent: false, code: "ENOTFOUND" }), "GET")).toBe(false);
  });
});
