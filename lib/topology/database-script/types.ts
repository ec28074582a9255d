import type { IgelUmsDocument } from "../schema/document";

/** The Database step's values. No password: the document never holds one. */
export type DatabaseSettings = IgelUmsDocument["database"];

/** Stands in for the password in every script; the admin replaces it before running. */
export const PASSWORD_PLACEHOLDER = "<choose-a-strong-password>";

/** One dialect's script body and the notes that only apply to it. */
export interface DialectScript {
  statements: string;
  notes: string[];
}
