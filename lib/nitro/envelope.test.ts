import { describe, expect, it } from "vitest";
import { checkReply, extractCount, extractList } from "./envelope";
import { NitroError } from "./errors";
import type { HttpResponse } from "./transport";

const reply = (status: number, body: unknown, contentType = "application/json"): HttpResponse => ({
  status,
  headers: { "content-type": contentType },
  text: typeof body === "string" ? body : JSON.stringify(body),
});

const ctx = { method: "GET" as const, resource: "server" };

function errorOf(fn: () => unknown): NitroError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NitroError) return error;
    throw error;
  }
  throw new Error("expected a NitroError");
}

describe("extractList", () => {
  it("treats a missing key as an empty list", () => {
    expect(extractList({ errorcode: 0, message: "Done" }, "server")).toEqual([]);
  });

  it("accepts a singleton as a plain object or a one-element array", () => {
    const version = { version: "NetScaler NS13.1: Build 49.15.nc" };
    expect(extractList({ nsversion: version }, "nsversion")).toEqual([version]);
    expect(extractList({ nsversion: [version] }, "nsversion")).toEqual([version]);
  });

  it("rejects lists of non-objects", () => {
    expect(() => extractList({ server: ["x"] }, "server")).toThrow(/malformed/);
  });
});

describe("extractCount", () => {
  it("reads __count as number or string", () => {
    expect(extractCount({ server: [{ __count: 3 }] }, "server")).toBe(3);
    expect(extractCount({ server: [{ __count: "12" }] }, "server")).toBe(12);
    expect(extractCount({}, "server")).toBe(0);
  });
});

describe("checkReply", () => {
  it("returns the body of a success", () => {
    const body = checkReply(reply(200, { errorcode: 0, server: [{ name: "a" }] }), ctx);
    expect(extractList(body, "server")).toEqual([{ name: "a" }]);
  });

  it.each([
    [404, 258, "No such resource", "not_found"],
    [409, 273, "Resource already exists", "already_exists"],
    [401, 444, "Session expired or killed", "session_expired"],
    [401, 354, "Invalid username or password", "auth_failed"],
    [599, 315, "Resource in use", "in_use"],
    [599, 1070, "Object in use", "in_use"],
    [599, 368, "Operation allowed only on primary", "secondary"],
    [400, 1092, "Arguments cannot both be specified", "bad_request"],
    [403, 2138, "Not authorized", "forbidden"],
    [599, 9999, "Something else", "nitro"],
  ] as const)("HTTP %i errorcode %i → %s", (status, errorcode, message, kind) => {
    const error = errorOf(() =>
      checkReply(reply(status, { errorcode, message, severity: "ERROR" }), ctx),
    );
    expect(error.kind).toBe(kind);
    expect(error.httpStatus).toBe(status);
    expect(error.errorcode).toBe(errorcode);
    expect(error.resource).toBe("server");
    expect(error.method).toBe("GET");
    expect(error.message).toContain(message);
  });

  it("falls back to the HTTP status when no errorcode came back", () => {
    expect(errorOf(() => checkReply(reply(404, { message: "gone" }), ctx)).kind).toBe("not_found");
  });

  it("reports non-NITRO answers as not_nitro", () => {
    const html = errorOf(() => checkReply(reply(200, "<html>login</html>", "text/html"), ctx));
    expect(html.kind).toBe("not_nitro");
    expect(html.message).toContain("text/html");
    expect(errorOf(() => checkReply(reply(502, ""), ctx)).kind).toBe("not_nitro");
  });

  it("accepts an empty 2xx body only for writes", () => {
    expect(checkReply(reply(201, ""), { ...ctx, method: "POST", allowEmpty: true })).toEqual({});
    expect(errorOf(() => checkReply(reply(200, ""), ctx)).kind).toBe("not_nitro");
  });

  it("passes a 207 bulk reply through for per-item inspection", () => {
    const body = checkReply(reply(207, { errorcode: 1243, response: [] }), ctx);
    expect(body.errorcode).toBe(1243);
  });

  it("treats a non-zero errorcode in a 200 as an error", () => {
    expect(errorOf(() => checkReply(reply(200, { errorcode: 258 }), ctx)).kind).toBe("not_found");
  });
});
