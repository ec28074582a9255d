// The runbook as Markdown (CommonMark + GFM tables), meant to read well as plain text too:
// aligned tables, fenced code with a language hint, one blank line between blocks.
import { codeFence, codeSpan, escapeBlockStart, escapeCell, escapeText } from "./markdown-escape";
import type { Block, ChecklistEntry, Inline, Runbook, Text } from "./types";

function inline(part: Inline): string {
  if (typeof part === "string") return escapeText(part);
  if ("code" in part) return codeSpan(part.code);
  // Emphasis must hug its words, so surrounding spaces go outside the markers.
  const lead = /^\s*/.exec(part.strong)?.[0] ?? "";
  const trail = /\s*$/.exec(part.strong)?.[0] ?? "";
  const core = part.strong.trim();
  return core === "" ? part.strong : `${lead}**${escapeText(core)}**${trail}`;
}

function text(parts: Text): string {
  return parts.map(inline).join("");
}

function width(value: string): number {
  return [...value].length;
}

function table(columns: readonly string[], rows: readonly (readonly Text[])[]): string {
  const head = columns.map((c) => escapeCell(escapeText(c)));
  const body = rows.map((row) => row.map((cell) => escapeCell(text(cell))));
  const widths = head.map((h, i) =>
    body.reduce((max, r) => Math.max(max, width(r[i] ?? "")), Math.max(3, width(h))),
  );
  const pad = (cell: string, w: number) => cell + " ".repeat(Math.max(0, w - width(cell)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => pad(cells[i] ?? "", w)).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

function checklist(items: readonly ChecklistEntry[]): string {
  return items
    .map((item) => {
      const box = item.done ? "☑" : "☐";
      const head = `- ${box} ${inline({ strong: item.title })} (${escapeText(item.state)})`;
      return `${head}\n\n  ${escapeBlockStart(escapeText(item.detail))}`;
    })
    .join("\n\n");
}

function block(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      return escapeBlockStart(text(b.text));
    case "heading":
      return `### ${escapeText(b.text)}`;
    case "list":
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${escapeBlockStart(text(item))}`)
        .join("\n");
    case "table":
      return table(b.columns, b.rows);
    case "code": {
      const body = b.text.endsWith("\n") ? b.text : `${b.text}\n`;
      const fence = codeFence(body);
      return `File ${codeSpan(b.fileName)}:\n\n${fence}${b.language}\n${body}${fence}`;
    }
    case "checklist":
      return checklist(b.items);
    case "note":
      return `> ${escapeBlockStart(text(b.text))}`;
  }
}

export function renderMarkdown(runbook: Runbook): string {
  const parts = [
    `# ${escapeText(runbook.title)}`,
    escapeBlockStart(escapeText(runbook.description)),
    runbook.summary
      .map((row) => `- ${inline({ strong: `${row.label}:` })} ${escapeText(row.value)}`)
      .join("\n"),
    ...runbook.intro.map(block),
  ];
  for (const section of runbook.sections) {
    parts.push(`## ${section.number}. ${escapeText(section.title)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  return `${parts.join("\n\n")}\n`;
}
