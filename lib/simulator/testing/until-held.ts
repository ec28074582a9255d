// Waits until the simulator holds a request (the holdNextWriteTo fault): the moment a test
// kills the client, or the database behind it, with a write in flight.
import type { HeldRequestView, RunningSimulator } from "../index";

export async function untilHeld(
  sim: RunningSimulator,
  timeoutMs = 10_000,
): Promise<HeldRequestView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const held = sim.control.heldRequests();
    if (held.length > 0) return held;
    if (Date.now() > deadline) throw new Error(`No request held within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
