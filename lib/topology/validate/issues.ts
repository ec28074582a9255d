// Validation results as the wizard shows them: a dotted path to the field and a message that
// names the field and the fix. Errors block Review; warnings are shown but do not block.
import type { z } from "zod";

export interface Issue {
  /** Dotted path into the document, e.g. "servers.1.address"; "" for the whole document. */
  path: string;
  message: string;
}

export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
}

export function joinPath(segments: readonly PropertyKey[]): string {
  return segments.map(String).join(".");
}

/** Path segments for zod: array indices back to numbers. */
export function splitPath(path: string): (string | number)[] {
  if (path === "") return [];
  return path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((issue) => ({ path: joinPath(issue.path), message: issue.message }));
}

/** Collects issues from rule functions; the same path + message is kept once. */
export class IssueCollector {
  private readonly seen = new Set<string>();
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(path: string, message: string): void {
    this.push(this.errors, "e", path, message);
  }

  warning(path: string, message: string): void {
    this.push(this.warnings, "w", path, message);
  }

  addAll(result: ValidationResult): void {
    for (const issue of result.errors) this.error(issue.path, issue.message);
    for (const issue of result.warnings) this.warning(issue.path, issue.message);
  }

  result(): ValidationResult {
    return { errors: [...this.errors], warnings: [...this.warnings] };
  }

  private push(list: Issue[], tag: string, path: string, message: string): void {
    const key = `${tag}\u0000${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    list.push({ path, message });
  }
}
