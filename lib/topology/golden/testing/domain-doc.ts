// Test support: reads the NetScaler-object tables of docs/domain.md, so golden tests can check
// that the document shows exactly the commands the code produces.
import { readFileSync } from "node:fs";
import path from "node:path";

const DOMAIN_DOC = path.join(import.meta.dirname, "../../../../docs/domain.md");

/** Body rows (cells trimmed) of the first table after the `###` heading with this text. */
export function tableAfterHeading(heading: string): string[][] {
  const lines = readFileSync(DOMAIN_DOC, "utf8").split("\n");
  const start = lines.findIndex((line) => line === `### ${heading}`);
  if (start < 0) throw new Error(`docs/domain.md has no "### ${heading}" section.`);
  const rest = lines.slice(start + 1);
  const first = rest.findIndex((line) => line.startsWith("|"));
  if (first < 0 || rest.slice(0, first).some((line) => line.startsWith("#"))) {
    throw new Error(`The "${heading}" section of docs/domain.md has no table.`);
  }
  const end = rest.findIndex((line, i) => i > first && !line.startsWith("|"));
  const table = rest.slice(first, end < 0 ? undefined : end);
  // Row 0 is the header, row 1 the |---| separator.
  return table.slice(2).map((row) =>
    row
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim()),
  );
}

/** The `code` spans of each row's last column ("CLI for the example"), in table order. */
export function tableCliLines(heading: string): string[] {
  return tableAfterHeading(heading).flatMap((cells) =>
    [...(cells.at(-1) ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ""),
  );
}
