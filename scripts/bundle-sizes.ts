// `npm run bench:bundles [dir]`: the first-load JavaScript of every app route, gzip KiB, read
// from the manifests of the last `npm run build` (nothing is started). A route's first load is
// what its HTML references: the root main files (React, the router, the Turbopack runtime) and
// the entry chunks of every layout, template, error, loading and page file on its path. Views
// behind next/dynamic are listed apart: a page loads only those it renders, so the worst case
// adds its largest one. The polyfill chunk is left out, as only browsers without modules load it.
// The last line, `bundles: max_first_load_kib=<n> route=<route>`, names the heaviest entry: what
// a browser downloads before the route is interactive (lazy views load only when shown).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? ".next";

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), "utf8")) as T;
}

const gzipCache = new Map<string, number>();
function gzipKiB(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(dir, file))).length / 1024;
    gzipCache.set(file, size);
  }
  return size;
}

const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gzipKiB(f), 0);

/** The client manifest is a script assigning globalThis.__RSC_MANIFEST; run it in a sandbox. */
function clientManifest(entry: string): ClientReferenceManifest {
  const file = path.join(dir, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return {};
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  return sandbox.__RSC_MANIFEST?.[entry] ?? {};
}

// Segment files whose scripts the server writes into the HTML; not-found and global-error
// only add their styles until they are shown.
const SCRIPTED = new Set(["layout", "template", "error", "loading", "page"]);

const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>("build-manifest.json");
const routes = readJson<Record<string, string>>("app-path-routes-manifest.json");

const rows = Object.entries(routes)
  .filter(([entry]) => entry.endsWith("/page") && !entry.startsWith("/_"))
  .map(([entry, route]) => {
    const files = new Set(rootMainFiles);
    for (const [segment, chunks] of Object.entries(clientManifest(entry).entryJSFiles ?? {})) {
      if (SCRIPTED.has(segment.split("/").pop() ?? "")) chunks.forEach((f) => files.add(f));
    }
    const loadablePath = path.join(dir, "server", "app", entry, "react-loadable-manifest.json");
    const loadable = existsSync(loadablePath)
      ? (JSON.parse(readFileSync(loadablePath, "utf8")) as Record<string, { files: string[] }>)
      : {};
    const views = Object.values(loadable).map((v) => sum(v.files.filter((f) => !files.has(f))));
    const first = sum(files);
    return { route, first, views: views.length, worst: first + Math.max(0, ...views) };
  })
  .sort((a, b) => b.worst - a.worst);

const kib = (n: number) => n.toFixed(1).padStart(7);
console.info(`First-load JS, gzip KiB (${dir})`);
console.info(`${"route".padEnd(34)}  entry  +largest lazy view (count)`);
for (const r of rows) {
  const lazy = r.views > 0 ? `${kib(r.worst)} (${r.views})` : "";
  console.info(`${r.route.padEnd(34)}${kib(r.first)}  ${lazy}`);
}
const heaviest = rows.reduce<(typeof rows)[number] | undefined>(
  (max, r) => (max === undefined || r.first > max.first ? r : max),
  undefined,
);
if (!heaviest) throw new Error(`No app routes in ${dir}: run \`npm run build\` first.`);
console.info(`bundles: max_first_load_kib=${heaviest.first.toFixed(1)} route=${heaviest.route}`);
