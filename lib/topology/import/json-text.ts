// Reading the file's text as JSON with messages an admin can act on: the first syntax error with
// its line and column, and every key that appears twice in one object (JSON.parse would keep the
// last value and lose the other without a word).
import { formatPath, type PathSegment } from "./json-path";

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface DuplicateKey {
  path: string;
}

export type JsonTextResult =
  { ok: true; value: unknown; duplicates: DuplicateKey[] } | { ok: false; error: JsonSyntaxError };

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function shown(char: string | undefined): string {
  if (char === undefined) return "the end of the file";
  if (char === "\n" || char === "\r") return "a line break";
  if (char === "\t") return "a tab";
  return `“${char}”`;
}

/** A recursive-descent checker for RFC 8259 JSON that remembers where it is. */
class Scanner {
  private pos = 0;
  readonly duplicates: DuplicateKey[] = [];

  constructor(private readonly text: string) {}

  run(): void {
    this.skipWhitespace();
    if (this.pos >= this.text.length) throw new SyntaxProblem(0, "the file is empty.");
    this.value([]);
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      throw new SyntaxProblem(
        this.pos,
        `unexpected ${shown(this.peek())} after the end of the document; a file holds one JSON object.`,
      );
    }
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private unexpected(expected: string): SyntaxProblem {
    const char = this.peek();
    if (char === undefined)
      return new SyntaxProblem(this.pos, `the file ends too early; expected ${expected}.`);
    if (char === "/" && (this.text[this.pos + 1] === "/" || this.text[this.pos + 1] === "*")) {
      return new SyntaxProblem(this.pos, "comments are not allowed in JSON; remove it.");
    }
    if (char === "'")
      return new SyntaxProblem(
        this.pos,
        'use double quotes (“"”) around text and field names, not single quotes.',
      );
    return new SyntaxProblem(this.pos, `unexpected ${shown(char)}; expected ${expected}.`);
  }

  private skipWhitespace(): void {
    while (WHITESPACE.has(this.peek() ?? "")) this.pos++;
  }

  private value(path: PathSegment[]): void {
    // A topology nests four levels deep; the limit keeps a hostile file from exhausting the stack.
    if (path.length > MAX_DEPTH)
      throw new SyntaxProblem(this.pos, "the values are nested too deeply for a topology file.");
    const char = this.peek();
    if (char === "{") return this.object(path);
    if (char === "[") return this.array(path);
    if (char === '"') return void this.string();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.pos;
    if (NUMBER.test(this.text)) {
      this.pos = NUMBER.lastIndex;
      return;
    }
    throw this.unexpected(
      "a value (text in double quotes, a number, true, false, null, an object or an array)",
    );
  }

  private object(path: PathSegment[]): void {
    this.pos++; // {
    const seen = new Set<string>();
    this.skipWhitespace();
    if (this.peek() === "}") {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.peek() === "}")
        throw new SyntaxProblem(this.pos, "unexpected “}”; remove the comma before it.");
      if (this.peek() !== '"') throw this.unexpected("a field name in double quotes");
      const key = this.string();
      if (seen.has(key)) this.duplicates.push({ path: formatPath([...path, key]) });
      seen.add(key);
      this.skipWhitespace();
      if (this.peek() !== ":") throw this.unexpected("“:” after the field name");
      this.pos++;
      this.skipWhitespace();
      this.value([...path, key]);
      this.skipWhitespace();
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      if (this.peek() === "}") {
        this.pos++;
        return;
      }
      throw this.unexpected("“,” or “}”");
    }
  }

  private array(path: PathSegment[]): void {
    this.pos++; // [
    this.skipWhitespace();
    if (this.peek() === "]") {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipWhitespace();
      if (this.peek() === "]")
        throw new SyntaxProblem(this.pos, "unexpected “]”; remove the comma before it.");
      this.value([...path, index]);
      this.skipWhitespace();
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      if (this.peek() === "]") {
        this.pos++;
        return;
      }
      throw this.unexpected("“,” or “]”");
    }
  }

  /** Reads a string and returns its raw text (escapes undecoded are enough for comparing keys). */
  private string(): string {
    const start = this.pos;
    this.pos++; // "
    for (;;) {
      const char = this.peek();
      if (char === undefined)
        throw new SyntaxProblem(start, "this text has no closing double quote.");
      if (char === '"') {
        this.pos++;
        return JSON.parse(this.text.slice(start, this.pos)) as string;
      }
      if (char.charCodeAt(0) < 0x20) {
        throw new SyntaxProblem(this.pos, `${shown(char)} inside text; write it as \\n or \\t.`);
      }
      if (char === "\\") {
        const next = this.text[this.pos + 1];
        if (next === "u") {
          if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            throw new SyntaxProblem(this.pos, "\\u must be followed by four hexadecimal digits.");
          }
          this.pos += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) {
          throw new SyntaxProblem(
            this.pos,
            `unknown escape \\${next ?? ""}; write a backslash as \\\\.`,
          );
        }
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }
}

/** Line and column (both from 1) of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJsonText(input: string): JsonTextResult {
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const scanner = new Scanner(text);
  try {
    scanner.run();
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return { ok: false, error: { ...lineAndColumn(text, error.offset), message: error.message } };
  }
  return { ok: true, value: JSON.parse(text) as unknown, duplicates: scanner.duplicates };
}
