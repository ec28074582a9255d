// Apply refuses while warnings are open and not acknowledged on Review, the appliance's own
// (a SNIP the NetScaler does not have) included: the server counts them itself, so a client
// that skips the checkbox, or one that read fewer warnings than are open now, cannot apply.
import { describe, expect, it, vi } from "vitest";
import { planTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { compile } from "@/lib/topology";
import { validateWizard } from "@/lib/wizard/validate";
import { reviewableTarget } from "../support/review-page-runs";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { applyTopologyAction } = await import("@/app/(app)/topologies/[id]/review/actions");

const sim = simulatorPerFile();

/** The simulator's SNIP is 10.10.20.5: 10.10.20.6 is the network step's appliance warning. */
function unknownSnipDocument() {
  const doc = igelDocument({ servers: 2 });
  return { ...doc, network: { ...doc.network, snip: "10.10.20.6" } };
}

describe("apply with open warnings", () => {
  it("refuses without acknowledgement, counting the appliance's warnings too", async () => {
    const doc = unknownSnipDocument();
    const target = await reviewableTarget(sim(), "warnings-ack", doc);
    const plan = await planTopology({ ...target, desired: compile(doc) });
    const input = { topologyId: target.topologyId, expectedPlanHash: plan.hash };
    const documentOnly = validateWizard(doc).warnings.length;
    expect(documentOnly).toBeGreaterThan(0);

    const unacknowledged = await applyTopologyAction(input);
    expect(unacknowledged).toMatchObject({
      ok: false,
      error: expect.stringMatching(/open warning/),
    });

    // The document's warnings alone are not all of them: the SNIP warning is open as well.
    const short = await applyTopologyAction({ ...input, acknowledgedWarnings: documentOnly });
    expect(short).toMatchObject({
      ok: false,
      error: expect.stringContaining(`${documentOnly + 1} open warning`),
    });

    const acknowledged = await applyTopologyAction({
      ...input,
      acknowledgedWarnings: documentOnly + 1,
    });
    expect(acknowledged.ok).toBe(true);
  });
});
