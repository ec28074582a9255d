// Test and benchmark support: wait on the pollers' tick events instead of sleeping, so a
// loaded machine makes a test slower, never flaky.
import type { StatusRegistry } from "../registry";

/**
 * Checks `condition` now and after every leader or follower tick of `registry` until it holds;
 * gives up after `maxTicks` ticks (a condition that never comes true fails, it does not hang).
 */
export async function untilTick(
  registry: StatusRegistry,
  condition: () => Promise<boolean>,
  maxTicks = 200,
): Promise<void> {
  for (let ticks = 0; ticks <= maxTicks; ticks++) {
    const next = registry.nextTick();
    if (await condition()) return;
    await next;
  }
  throw new Error(`condition not met within ${maxTicks} ticks`);
}
