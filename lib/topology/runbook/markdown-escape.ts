// Escaping for the Markdown renderer. Values in a runbook are typed by people (server names,
// who ticked an item), so nothing may turn into markup. Escapes stay minimal where CommonMark
// allows it (intraword "_", a backslash before a letter) so the file still reads as plain text.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const ENTITY = /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

function isAlphanumeric(c: string | undefined): boolean {
  return c !== undefined && ALPHANUMERIC.test(c);
}

/** Plain text inside a paragraph, list item, heading or table cell. */
export function escapeText(value: string): string {
  const chars = [...value.replace(/\r\n|\r|\n/g, " ")];
  let out = "";
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    if (c === "\\") {
      out += next === undefined || ASCII_PUNCTUATION.test(next) ? "\\\\" : "\\";
    } else if ("`*[]<~#".includes(c)) {
      out += `\\${c}`;
    } else if (c === "_") {
      out += isAlphanumeric(chars[i - 1]) && isAlphanumeric(next) ? "_" : "\\_";
    } else if (c === "&") {
      out += ENTITY.test(chars.slice(i).join("")) ? "\\&" : "&";
    } else {
      out += c;
    }
  });
  return out;
}

/** Text at the start of a block must not read as a heading, quote, list or thematic break. */
export function escapeBlockStart(line: string): string {
  const trimmed = line.trimStart();
  if (/^[>+=-]/.test(trimmed)) return `\\${trimmed}`;
  return trimmed.replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** A code span that survives backticks in the value. */
export function codeSpan(value: string): string {
  const text = value.replace(/\r\n|\r|\n/g, " ");
  if (text === "") return "";
  // reduce, not Math.max(...runs): a long value can hold more runs than a call takes arguments.
  const longest = (text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space from each side when both ends have one: pad to keep them.
  const spaced = text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "";
  const pad = text.startsWith("`") || text.endsWith("`") || spaced ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fence longer than any backtick run at the start of a line in the code. */
export function codeFence(code: string): string {
  const runs = code.split("\n").map((line) => /^\s*(`+)/.exec(line)?.[1]?.length ?? 0);
  return "`".repeat(runs.reduce((max, n) => Math.max(max, n + 1), 3));
}

/** A table cell: pipes would end the cell, even inside a code span (GFM). */
export function escapeCell(rendered: string): string {
  return rendered.replace(/\|/g, "\\|");
}
