// The runbook model: everything both renderers (Markdown and HTML) print, already worded and
// ordered. Renderers only escape and lay out, so the two files can never say different things.

/** A run of text: plain words, a literal value (object name, address, command) or emphasis. */
export type Inline = string | { code: string } | { strong: string };
export type Text = readonly Inline[];

export type Block =
  | { kind: "paragraph"; text: Text }
  | { kind: "heading"; text: string }
  | { kind: "list"; ordered: boolean; items: readonly Text[] }
  | { kind: "table"; columns: readonly string[]; rows: readonly (readonly Text[])[] }
  | { kind: "code"; language: "sql" | "text"; fileName: string; text: string }
  | { kind: "checklist"; items: readonly ChecklistEntry[] }
  | { kind: "note"; text: Text };

export interface ChecklistEntry {
  id: string;
  title: string;
  detail: string;
  done: boolean;
  /** "done by Alex on 22 Nov 2026 14:05 UTC", "done" or "not done". */
  state: string;
}

export type SectionId =
  "prerequisites" | "addresses" | "database" | "configuration" | "dns" | "after" | "rollback";

export interface RunbookSection {
  id: SectionId;
  /** 1-based, in the order an admin works. */
  number: number;
  title: string;
  blocks: readonly Block[];
}

export interface Runbook {
  title: string;
  /** One line on what the topology is. */
  description: string;
  summary: ReadonlyArray<{ label: string; value: string }>;
  /** Before the sections: how to use the runbook, and warnings the wizard reported. */
  intro: readonly Block[];
  sections: readonly RunbookSection[];
}

export interface RunbookContext {
  /** The topology's name as the app lists it. */
  topologyName: string;
  /** The NetScaler the topology is applied to, or null when none is chosen yet. */
  applianceName: string | null;
  /** The topology's saved version the runbook describes. */
  version: number;
  /** The only clock the model reads: the same document and date give the same bytes. */
  generatedAt: Date;
}
