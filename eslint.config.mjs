import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// The layers, as import rules. Each folder below may not reach what its patterns name, by the
// `@/` alias; and no file in it may leave the folder by a relative path, so the alias is the
// only way out and the patterns see every import that crosses the folder's edge. Tests and
// testing/ helpers are left out: they wire layers together on purpose (a NITRO client test
// against the simulator).

// Modules that query the database. Components may import their view types (erased at build
// time), never the queries. Keep this in step with the modules importing lib/db/client; the
// lint-rule test fails when one is missing.
const DATABASE_QUERY_MODULES = [
  "lib/appliances/connections",
  "lib/appliances/device-registered",
  "lib/appliances/views",
  "lib/audit/coalesced",
  "lib/audit/edits",
  "lib/audit/filter-options",
  "lib/audit/planned",
  "lib/audit/query",
  "lib/audit/record",
  "lib/audit/targets",
  "lib/auth/accounts",
  "lib/auth/appliance-grant",
  "lib/auth/auth",
  "lib/auth/change-password",
  "lib/auth/password-store",
  "lib/auth/reset-link-store",
  "lib/auth/reset-links",
  "lib/auth/session-store",
  "lib/auth/two-factor",
  "lib/cli/state-database",
  "lib/cli/state-records",
  "lib/members/accept-invitation",
  "lib/members/delete-user-account",
  "lib/members/invitations",
  "lib/members/memberships",
  "lib/members/second-factor-requirement",
  "lib/members/workspace-session",
  "lib/members/workspace-switches",
  "lib/members/workspaces",
  "lib/status/drift-store",
  "lib/status/watched-store",
  "lib/topologies/copy-names",
  "lib/topologies/documents",
  "lib/topologies/lifecycle",
  "lib/topologies/list",
  "lib/topologies/revisions",
  "lib/topologies/versioned-update",
  "lib/topologies/wizard-progress",
];

const layers = [
  {
    folder: "lib/nitro",
    patterns: [
      {
        regex: "^@/(?!lib/nitro(/|$))",
        message: "lib/nitro is the NITRO client only: it imports nothing else from the app.",
      },
    ],
  },
  {
    folder: "lib/simulator",
    patterns: [
      {
        regex: "^@/(?!lib/simulator(/|$))",
        message: "lib/simulator stands alone: it imports nothing else from the app.",
      },
    ],
  },
  {
    folder: "lib/topology",
    patterns: [
      {
        regex: "^@/lib/(db|nitro|apply|status)(/|$)",
        message:
          "lib/topology is the pure core: no database, NITRO client, apply engine or status poller.",
      },
    ],
  },
  {
    folder: "components",
    extensions: ["ts", "tsx"],
    patterns: [
      {
        regex: "^@/lib/(db|generated)(/|$)",
        message: "Components never reach the database; the page or a feature loader does.",
      },
      {
        regex: `^@/(lib/[^/]+/store(/.*)?|${DATABASE_QUERY_MODULES.join("|")})$`,
        allowTypeImports: true,
        message:
          "Components may import a query module's view types (import type), not its queries; load the data in the page or a feature loader.",
      },
    ],
  },
  {
    folder: "lib/db",
    patterns: [
      {
        regex: "^@/(?!lib/(db|generated|log|env)(/|$)|lib/server/free-port$)",
        message:
          "lib/db is the connection and migrations only: it imports lib/generated, lib/log, lib/env and lib/server/free-port, no feature.",
      },
    ],
  },
];

// A file `depth` folders below the layer's root leaves it with depth + 1 `..` segments.
const MAX_DEPTH = 8;
function leavesFolder(depth, folder) {
  return {
    regex: `^(\\.\\./){${depth}}\\.\\.(/|$)`,
    message: `Relative imports stay inside ${folder}; import other folders by "@/…" so the layer rules see them.`,
  };
}

const layerRules = layers.flatMap(({ folder, patterns, extensions = ["ts"] }) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: extensions.map((ext) => `${folder}/${"*/".repeat(depth)}*.${ext}`),
    ignores: ["**/*.test.ts", "**/*.test.tsx", "**/testing/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...patterns, leavesFolder(depth, folder)] }],
    },
  })),
);

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "e2e/.artifacts/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  ...layerRules,
];

export default config;
