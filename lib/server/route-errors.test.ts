// The one error map of the route handlers: which status and body each kind of failure gets.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionError, type ActionErrorCode } from "@/lib/action-result";
import { ApplyRefusedError } from "@/lib/apply/errors";
import { log } from "@/lib/log";
import { NitroError } from "@/lib/nitro";
import {
  errorResponse,
  expectedErrorAnswer,
  GENERIC_FAILURE,
  notFound,
  RouteError,
  statusForCode,
} from "./route-errors";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("statusForCode", () => {
  it("maps each code to its status", () => {
    expect(statusForCode).toEqual({
      BAD_REQUEST: 400,
      UNAUTHENTICATED: 401,
      // Nobody learns what exists elsewhere: a missing permission looks like a missing object.
      FORBIDDEN: 404,
      NOT_FOUND: 404,
      CONFLICT: 409,
      INVALID_INPUT: 422,
      FAILED: 422,
      RATE_LIMITED: 429,
      INTERNAL: 500,
      APPLIANCE_FAILED: 502,
    });
  });
});

describe("expectedErrorAnswer", () => {
  it("answers a RouteError with its code's status, its message and its details", () => {
    const error = new RouteError("INVALID_INPUT", "Not complete.", { errors: [{ path: "a" }] });
    expect(expectedErrorAnswer(error)).toEqual({
      code: "INVALID_INPUT",
      status: 422,
      body: { error: "Not complete.", errors: [{ path: "a" }] },
    });
    expect(expectedErrorAnswer(notFound())).toEqual({
      code: "NOT_FOUND",
      status: 404,
      body: { error: "Not found." },
    });
  });

  it.each<[ActionErrorCode, number]>([
    ["NOT_FOUND", 404],
    ["FORBIDDEN", 404],
    ["INVALID_INPUT", 422],
    ["CONFLICT", 409],
    ["UNAUTHENTICATED", 401],
  ])("answers an ActionError %s with %i and its message only", (code, status) => {
    const error = new ActionError("Told to the user.", code, { field: ["detail"] });
    expect(expectedErrorAnswer(error)).toEqual({
      code,
      status,
      body: { error: "Told to the user." },
    });
  });

  it("answers a NITRO failure with 502, its message and kind", () => {
    const error = new NitroError("unreachable", "The appliance did not answer.");
    expect(expectedErrorAnswer(error)).toEqual({
      code: "APPLIANCE_FAILED",
      status: 502,
      body: { error: "The appliance did not answer.", kind: "unreachable" },
    });
  });

  it("answers the apply engine's refusals: an HA secondary 502, the others by their code", () => {
    expect(expectedErrorAnswer(new ApplyRefusedError("secondary", "Use the primary."))).toEqual({
      code: "APPLIANCE_FAILED",
      status: 502,
      body: { error: "Use the primary." },
    });
    expect(expectedErrorAnswer(new ApplyRefusedError("busy", "Busy."))?.status).toBe(409);
    expect(expectedErrorAnswer(new ApplyRefusedError("not-found", "Gone."))?.status).toBe(404);
  });

  it("has no answer for anything else", () => {
    expect(expectedErrorAnswer(new Error("bug"))).toBeNull();
    expect(expectedErrorAnswer("thrown text")).toBeNull();
  });
});

describe("errorResponse", () => {
  it("answers an expected error as JSON with the given headers, without logging", async () => {
    const logged = vi.spyOn(log, "error");
    const response = errorResponse(notFound(), {
      label: "GET /x",
      headers: { "cache-control": "no-store" },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "Not found." });
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers an unexpected error with 500 and a generic message, logging it once", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const response = errorResponse(new Error("secret detail"), { label: "GET /api/x" });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: GENERIC_FAILURE });
    expect(logged).toHaveBeenCalledOnce();
    expect(logged.mock.calls[0]?.[0]).toMatch(/^GET \/api\/x failed: Error: secret detail/);
  });

  it("uses the route's own 500 message when it has one", async () => {
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const response = errorResponse("odd", { label: "GET /y", failure: "Try again later." });
    expect(await response.json()).toEqual({ error: "Try again later." });
  });
});
