// The verification column of an apply run (lib/apply/verify): written as it progresses so the
// apply page can follow it, and read back with the run.
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplyVerification } from "@/lib/apply/verify/types";

export async function storeVerification(
  runId: string,
  verification: ApplyVerification | null,
): Promise<void> {
  await getDb().applyRun.update({
    where: { id: runId },
    data: {
      verification:
        verification === null ? Prisma.DbNull : (verification as unknown as Prisma.InputJsonValue),
    },
  });
}
