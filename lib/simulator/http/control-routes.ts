import type { IncomingMessage, ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { SimulatorControl } from "../core/control";
import { heldReleaseSchema } from "../core/control-types";
import { faultPatchSchema } from "../core/faults";
import { sendJson } from "./respond";

// HTTP face of SimulatorControl under /__sim/. Plain JSON, not NITRO envelopes: these routes do
// not exist on a real appliance, so nothing here should look like one.

const heldReleaseBodySchema = z.object({ how: heldReleaseSchema.default("process") }).strict();

type Route = (body: unknown) => Promise<unknown> | unknown;

function routes(control: SimulatorControl): Record<string, Route> {
  return {
    "GET /__sim/health": () => ({ ok: true }),
    "GET /__sim/counters": () => control.counters(),
    "POST /__sim/counters/reset": () => (control.resetCounters(), { ok: true }),
    "GET /__sim/waves": () => ({ waves: control.waves(), requests: control.requestSpans() }),
    "GET /__sim/faults": () => control.faults(),
    "POST /__sim/faults": (body) => control.setFaults(faultPatchSchema.parse(body ?? {})),
    "POST /__sim/faults/reset": () => (control.clearFaults(), control.faults()),
    "POST /__sim/sessions/expire": () => ({ expired: control.expireSessions() }),
    "GET /__sim/held": () => control.heldRequests(),
    "POST /__sim/held/release": (body) => ({
      released: control.releaseHeld(heldReleaseBodySchema.parse(body ?? {}).how),
    }),
    "POST /__sim/members/state": (body) => ({ matched: control.setMemberState(asInput(body)) }),
    "POST /__sim/vservers/state": (body) => ({ matched: control.setVserverState(asInput(body)) }),
    "POST /__sim/probe": async () => (await control.probeNow(), { ok: true }),
    "POST /__sim/reset": () => (control.reset(), { ok: true }),
    "GET /__sim/state": () => control.snapshot(),
  };
}

/** The control schemas validate the real shape; this only rules out non-objects. */
function asInput<T>(body: unknown): T {
  return z.custom<T>((v) => typeof v === "object" && v !== null).parse(body);
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function handleControl(
  control: SimulatorControl,
  token: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
): Promise<void> {
  if (token !== undefined && !tokenMatches(token, req.headers["x-sim-control-token"])) {
    sendJson(res, 401, { error: "missing or wrong x-sim-control-token" });
    return;
  }
  const path = (req.url ?? "").split("?")[0]?.replace(/\/+$/, "") ?? "";
  const route = routes(control)[`${req.method ?? "GET"} ${path}`];
  if (!route) {
    sendJson(res, 404, { error: `no control route ${req.method ?? ""} ${path}` });
    return;
  }
  try {
    sendJson(res, 200, await route(body));
  } catch (err) {
    const message = err instanceof z.ZodError ? z.prettifyError(err) : String(err);
    sendJson(res, 400, { error: message });
  }
}
