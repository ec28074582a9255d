import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "@/lib/server/data-dir-lock";

describe("lockDataDir", () => {
  it("refuses a directory a live process holds, and takes over from a dead one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    writeFileSync(path.join(dir, "in-use.pid"), `${sleeper.pid}\nnpm start\n`);
    expect(() => lockDataDir(dir, "test")).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir, "test")).toThrow(/in use by npm start/);
    sleeper.kill("SIGKILL");
    await new Promise((resolve) => sleeper.once("exit", resolve));
    const release = lockDataDir(dir, "test");
    expect(() => lockDataDir(dir, "again")).not.toThrow(); // same process may re-take it
    release();
  });
});
