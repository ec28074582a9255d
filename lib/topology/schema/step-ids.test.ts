import { describe, expect, it } from "vitest";
import { stepIds, stepKeyTable } from "./step-ids";
import { stepDraftSchemas, stepSchemas } from "./steps";

describe("the zod-free step key table", () => {
  it("lists exactly the keys of every step's full and draft schema, in order", () => {
    for (const kind of ["IGEL_UMS", "XENMOBILE"] as const) {
      const table: Record<string, readonly string[]> = stepKeyTable[kind];
      const full: Record<string, { shape: object }> = stepSchemas[kind];
      const draft: Record<string, { shape: object }> = stepDraftSchemas[kind];
      expect(Object.keys(table)).toEqual([...stepIds[kind]]);
      for (const step of stepIds[kind]) {
        expect(table[step], `${kind} ${step}`).toEqual(Object.keys(full[step]?.shape ?? {}));
        expect(table[step], `${kind} ${step} draft`).toEqual(Object.keys(draft[step]?.shape ?? {}));
      }
    }
  });
});
