import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server-only throws outside Next's react-server build; tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/setup/test-database.ts"],
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    // Integration tests share one database; files run in parallel but each test creates
    // and scopes its own rows.
    pool: "forks",
  },
});
