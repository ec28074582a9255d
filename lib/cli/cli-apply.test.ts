// `cli apply` and `cli plan --appliance` against the simulator over HTTPS (pinned), with the
// ownership state in the shared test database: apply converges, re-plans show nothing, an
// edit shows its updates and deletes; the password never shows in any output.
import { describe, expect, it } from "vitest";
import { exampleCopy, type JsonPlan } from "./testing/cli-process";
import { slowCliTest as slow, cliSimulatorPerFile } from "./testing/cli-simulator-per-file";

const lab = cliSimulatorPerFile();

describe.each([
  ["igel-ums", 18],
  ["xenmobile", 20],
] as const)("%s example", (example, objects) => {
  it("applies, then plans and re-applies with no changes", slow, async () => {
    const { file } = exampleCopy(example);
    const applied = await lab.apply(file);
    expect(applied.stderr).not.toContain("Unexpected");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^SUCCEEDED: \d+ change\(s\) in .*configuration saved\.$/m);
    expect(applied.stdout.match(/^✓ create /gm)).toHaveLength(objects);

    const text = await lab.plan(file);
    expect(text.code).toBe(0);
    expect(text.stdout.trim()).toBe("No changes.");

    const json = await lab.plan(file, "--format", "json");
    const plan = JSON.parse(json.stdout) as JsonPlan;
    expect(plan.items).toHaveLength(objects);
    expect(plan.items.every((item) => item.action === "unchanged")).toBe(true);
    expect(plan.missingReferences).toEqual([]);

    const again = await lab.apply(file);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe("No changes.");
  });
});

describe("cli apply", () => {
  it("shows updates and deletes of an edited topology, and converges", slow, async () => {
    const first = exampleCopy("igel-ums");
    expect((await lab.apply(first.file)).code).toBe(0);
    const edited = exampleCopy("igel-ums", (doc) => {
      doc.prefix = first.prefix;
      (doc.servers as unknown[]).splice(1, 1);
      const lb = doc.loadBalancing as { persistence: Record<string, unknown> };
      lb.persistence.timeout = 10;
    });
    const plan = await lab.plan(edited.file);
    expect(plan.stdout).toMatch(
      /^\d+ to create, [1-9]\d* to update, 0 to replace, [1-9]\d* to delete/,
    );
    expect(plan.stdout).toMatch(/^~ update  LB vserver \S+ .*timeout: 5 → 10/m);
    expect(plan.stdout).toContain(`- delete  Server ${first.prefix}_srv_ums2 (10.10.20.12)`);
    expect((await lab.apply(edited.file)).code).toBe(0);
    expect((await lab.plan(edited.file)).stdout.trim()).toBe("No changes.");
  });
});
