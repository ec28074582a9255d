// One running app per data directory. A second `npm start` on the same DATA_DIR would treat
// the first one's PostgreSQL as an orphan and stop it, so it must refuse to start instead.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isProcessAlive } from "@/lib/db/process-alive";

export class DataDirInUseError extends Error {}

/** Takes the lock or throws; returns the release function. */
export function lockDataDir(dataDir: string, owner: string): () => void {
  const file = path.join(dataDir, "in-use.pid");
  try {
    writeFileSync(file, `${process.pid}\n${owner}\n`, { flag: "wx", mode: 0o600 });
  } catch {
    const [pidText, holder] = readFileSync(file, "utf8").split("\n");
    const pid = Number.parseInt(pidText ?? "", 10);
    if (Number.isInteger(pid) && pid !== process.pid && isProcessAlive(pid)) {
      throw new DataDirInUseError(
        `${dataDir} is in use by ${holder || "another process"} (pid ${pid}). Stop it first, or set DATA_DIR to another directory.`,
      );
    }
    // The holder died without releasing (kill -9): the lock is stale.
    writeFileSync(file, `${process.pid}\n${owner}\n`, { mode: 0o600 });
  }
  return () => rmSync(file, { force: true });
}
