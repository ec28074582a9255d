// Measures an apply and the plan after it on the built-in simulator: wall time and the NITRO
// requests the appliance received (from the simulator's counters).
import { readFileSync } from "node:fs";
import { applyTopology, planTopology } from "@/lib/apply";
import { createTarget, SIM_PASSWORD } from "@/lib/apply/testing/harness";
import { startSimulator } from "@/lib/simulator";
import { compile } from "@/lib/topology/compile";
import { importDocumentJson } from "@/lib/topology/export";
import { validateDocument } from "@/lib/topology/validate";

export interface ApplyBenchRow {
  example: string;
  latencyMs: number;
  objects: number;
  applyMs: number;
  applyRequests: number;
  planMs: number;
  planRequests: number;
  planChangesAfter: number;
  status: string;
}

function totalRequests(counters: Record<string, number>): number {
  return counters.total ?? 0;
}

export async function benchApply(file: string, latencyMs: number): Promise<ApplyBenchRow> {
  const parsed = importDocumentJson(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  const validation = validateDocument(parsed.document);
  if (!validation.document)
    throw new Error(
      `${file}: ${validation.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`,
    );
  const desired = compile(validation.document);
  const sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD, latencyMs });
  try {
    const target = await createTarget(sim, file);
    sim.control.resetCounters();
    let started = Date.now();
    const run = await applyTopology({ ...target, desired });
    const applyMs = Date.now() - started;
    const applyRequests = totalRequests(sim.control.counters());
    sim.control.resetCounters();
    started = Date.now();
    const plan = await planTopology({ ...target, desired });
    const planMs = Date.now() - started;
    return {
      example: file,
      latencyMs,
      objects: desired.objects.length,
      applyMs,
      applyRequests,
      planMs,
      planRequests: totalRequests(sim.control.counters()),
      planChangesAfter: plan.summary.changes,
      status: run.status,
    };
  } finally {
    await sim.close();
  }
}
