import type { TopologyDraft } from "../schema/document";

/** One thing wrong with an imported file, at a path such as `servers[1].address` ("" = file). */
export interface ImportProblem {
  path: string;
  message: string;
}

/** Full validation's findings: a draft may be incomplete, so these do not refuse the import. */
export interface StillToComplete {
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export type ImportResult =
  | {
      ok: true;
      document: TopologyDraft;
      /** The file's schema version when it was older than this app's and was migrated. */
      migratedFrom?: number;
      toComplete: StillToComplete;
    }
  | { ok: false; problems: ImportProblem[] };

/** What an accepted import tells the admin besides "imported". */
export interface ImportSummary {
  migratedFrom?: number;
  /** Changes the app made on the way in (a name or prefix already in use, the kept name). */
  notices: string[];
  toComplete: StillToComplete;
}
