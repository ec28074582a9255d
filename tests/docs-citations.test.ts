// Every document a source file, test or doc cites must be in this repository: a cited `*.md`
// path must exist (relative to the citing file or to the repository root), a cited
// `file.md#anchor` must match one of its headings, and a Markdown link must reach its target.
// Documents kept outside the repository (the shared notes the project started from) must not
// be cited at all: their facts live in docs/domain.md and docs/nitro.md.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headingAnchors } from "./support/markdown-anchors";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCANNED = /\.(ts|tsx|mts|cts|js|mjs|cjs|md|json|ya?ml)$/;
const SKIPPED = [/^node_modules\//, /^lib\/generated\//, /^\.next\//, /(^|\/)package-lock\.json$/];

// Built from parts so this file does not cite them itself.
const OUTSIDE_DOCUMENTS: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`\\.\\./${"shared"}\\b`), `../${"shared"}`],
  [new RegExp(`\\b${"shared"}/(nitro|seeds|hooks)\\b`), `${"shared"}/…`],
  [new RegExp(`\\b${"DOMAIN"}\\.md\\b`), `${"DOMAIN"}.md`],
  [new RegExp(`\\b${"ARCHITECTURE"}\\.md\\b`), `${"ARCHITECTURE"}.md`],
  [new RegExp(`\\b${"REFERENCE"} §`), `${"REFERENCE"} §`],
];

// A path ending in .md, with an optional #anchor; a bare name counts only in upper case
// (README.md), because lower-case bare names are usually generated file names.
const MD_PATH = /(?<![\w@/.$-])((?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w.-]+\.md)(?:#([\w-]+))?(?!\w)/g;
const MD_LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s)"'`>\]]+/gi;

function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  return out
    .split("\0")
    .filter((file) => SCANNED.test(file) && !SKIPPED.some((skip) => skip.test(file)))
    .filter((file) => existsSync(path.join(ROOT, file)));
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = headingAnchors(readFileSync(file, "utf8"));
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** The cited file on disk: beside the citing file, or from the repository root. */
function resolveCited(citing: string, cited: string): string | undefined {
  const candidates = [path.resolve(ROOT, path.dirname(citing), cited), path.resolve(ROOT, cited)];
  return candidates.find((c) => c.startsWith(ROOT) && existsSync(c));
}

function checkTarget(citing: string, target: string, anchor: string | undefined): string[] {
  const file = target === "" ? path.join(ROOT, citing) : resolveCited(citing, target);
  if (!file) return [`${target}: no such file in the repository`];
  if (anchor && file.endsWith(".md") && statSync(file).isFile() && !anchorsOf(file).has(anchor)) {
    return [`${target || citing}#${anchor}: no heading with that anchor`];
  }
  return [];
}

function problems(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const found = OUTSIDE_DOCUMENTS.filter(([pattern]) => pattern.test(text)).map(
    ([, name]) => `names ${name}, a document outside the repository`,
  );
  const withoutUrls = text.replace(URL, "");
  for (const match of withoutUrls.matchAll(MD_PATH)) {
    const [, cited = "", anchor] = match;
    if (!cited.includes("/") && !/^[A-Z][A-Z0-9_-]*\.md$/.test(cited)) continue;
    found.push(...checkTarget(file, cited, anchor));
  }
  if (file.endsWith(".md")) {
    for (const [, link = ""] of withoutUrls.matchAll(MD_LINK)) {
      if (/^(mailto:|[a-z]+:)/i.test(link)) continue;
      const [target = "", anchor] = link.split("#");
      found.push(...checkTarget(file, decodeURI(target), anchor));
    }
  }
  return [...new Set(found)];
}

describe("citations of documents", () => {
  const files = trackedFiles();

  it("scans the repository's sources, tests and docs", () => {
    expect(files).toContain("docs/domain.md");
    expect(files.length).toBeGreaterThan(300);
  });

  it("point only at documents and headings in this repository", () => {
    const broken = files.flatMap((file) => problems(file).map((p) => `${file}: ${p}`));
    expect(broken).toEqual([]);
  });
});
