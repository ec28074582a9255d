// The command line audits its work like the web does: by its "Command line" user, with
// { via: "cli" } and the machine it ran on instead of a client address.
import os from "node:os";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { exampleCopy } from "@/lib/cli/testing/cli-process";
import { slowCliTest, cliSimulatorPerFile } from "@/lib/cli/testing/cli-simulator-per-file";

const lab = cliSimulatorPerFile();

async function cliTopology(prefix: string) {
  const topology = await getDb().topology.findFirstOrThrow({
    where: { workspace: { slug: "command-line" }, spec: { path: ["prefix"], equals: prefix } },
    select: { id: true, workspaceId: true },
  });
  const user = await getDb().user.findUniqueOrThrow({
    where: { email: "cli@command-line.invalid" },
    select: { id: true },
  });
  return { ...topology, cliUserId: user.id };
}

describe("audit events of the command line", () => {
  it("records the topology, the plan and the apply, each via the CLI", slowCliTest, async () => {
    const { file, prefix } = exampleCopy("igel-ums");
    expect((await lab.plan(file)).code).toBe(0);
    expect((await lab.plan(file)).code).toBe(0);
    expect((await lab.apply(file)).code).toBe(0);

    const { id, workspaceId, cliUserId } = await cliTopology(prefix);
    const events = await getDb().auditEvent.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
    });
    // Two plans inside ten minutes are one "planned", as on the review page.
    expect(events.map((event) => event.action)).toEqual([
      "topology.created",
      "topology.planned",
      "topology.apply_started",
      "topology.apply",
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ workspaceId, actorId: cliUserId, ipAddress: null });
      expect(event.detail).toMatchObject({ via: "cli", host: os.hostname() });
    }
    expect(events.at(-1)?.detail).toMatchObject({ status: "SUCCEEDED" });
  });
});
