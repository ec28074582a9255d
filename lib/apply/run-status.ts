// An apply run's status has one declaration: enum ApplyRunStatus in prisma/schema.prisma.
// Prisma's generated enums module holds only constants (no client, no imports), so client
// components can take the status from here without bundling any of the Prisma runtime.
import { ApplyRunStatus } from "@/lib/generated/prisma/enums";

export { ApplyRunStatus };

/** Any status but RUNNING is an end: the run will not change again by itself. */
export const isRunFinished = (status: ApplyRunStatus): boolean => status !== ApplyRunStatus.RUNNING;
