// Runs `prisma generate` without the native schema engine, which Prisma would otherwise
// download from its own binary host (unreachable on locked-down networks). `generate`
// never calls the engine, so a stand-in that refuses to run is enough.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const standIn = path.join(mkdtempSync(path.join(tmpdir(), "prisma-engine-")), "schema-engine");
writeFileSync(standIn, "#!/bin/sh\necho 'schema engine not available offline' >&2\nexit 1\n");
chmodSync(standIn, 0o755);

const prismaBin = path.join("node_modules", ".bin", "prisma");
const result = spawnSync(prismaBin, ["generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: standIn,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
