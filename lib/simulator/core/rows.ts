import type { Row } from "./store";

// Small typed accessors: stored rows are JSON objects, so every read narrows explicitly.

export const str = (row: Row | undefined, key: string): string | undefined => {
  const v = row?.[key];
  return typeof v === "string" ? v : undefined;
};

export const num = (row: Row | undefined, key: string): number | undefined => {
  const v = row?.[key];
  return typeof v === "number" ? v : undefined;
};

export const findRow = (rows: Row[], key: string, value: string): Row | undefined =>
  rows.find((r) => r[key] === value);

export const removeRows = (rows: Row[], drop: (row: Row) => boolean): number => {
  let removed = 0;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const row = rows[i];
    if (row && drop(row)) {
      rows.splice(i, 1);
      removed += 1;
    }
  }
  return removed;
};
