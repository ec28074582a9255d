import type { ImportProblem } from "@/lib/topology/import/types";

/** Problems of an imported file, each with the path it is about (monospace) and its message. */
export function ImportProblemList({
  problems,
  testId,
}: {
  problems: readonly ImportProblem[];
  testId: string;
}) {
  if (problems.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" data-testid={testId}>
      {problems.map((problem, index) => (
        // Paths may repeat (two messages about one value), so the position is part of the key.
        <li key={`${index}:${problem.path}`} className="flex flex-wrap items-baseline gap-x-2">
          <code className="rounded bg-black/5 px-1 font-mono text-xs dark:bg-white/10">
            {problem.path || "(whole file)"}
          </code>
          <span>{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
