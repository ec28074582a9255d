import { describe, expect, it } from "vitest";
import { MAX_MEMBERS } from "@/lib/topology/schema/list-limits";
import type { IgelUmsDraft } from "@/lib/topology/schema/document";
import { igelExample, xenMobileExample } from "@/lib/topology/testing/examples";
import { validateDocument } from "@/lib/topology/validate/validate-document";
import { checkDraftInput } from "./check-draft-input";
import { checkDraft } from "./draft-checks";

describe("the server's checks of a wizard draft", () => {
  it("reports the document's own issues, a field error by its path", () => {
    const doc: IgelUmsDraft = igelExample();
    doc.network = { ...doc.network, vip: "10.10.20" };
    const { validation } = checkDraft(doc);
    expect(validation.errors.map((i) => i.path)).toContain("network.vip");
    expect(validation.errors).toEqual(validateDocument(doc).errors);
  });

  it("adds the database's name warnings and sends the create script once the step is valid", () => {
    const doc: IgelUmsDraft = igelExample();
    const valid = checkDraft(doc).databaseScript;
    expect(valid?.text).toContain("<choose-a-strong-password>");
    expect(valid?.fileName).toMatch(/\.sql$/);

    doc.database = { ...doc.database, type: "POSTGRESQL", schema: "public" };
    expect(checkDraft(doc).validation.warnings.map((i) => i.path)).toContain("database.schema");

    doc.database = { ...doc.database, host: "" };
    expect(checkDraft(doc).databaseScript).toBeNull();
    expect(checkDraft(xenMobileExample()).databaseScript).toBeNull();
  });

  it("reads a draft from the browser as a save does, and refuses what is not one", () => {
    const answer = checkDraftInput(JSON.parse(JSON.stringify(igelExample())));
    expect(answer.ok && answer.checks.validation.errors).toEqual([]);
    expect(checkDraftInput(null)).toEqual({ ok: false, error: "Not a topology draft." });
    expect(checkDraftInput({ kind: "OTHER" }).ok).toBe(false);
    const servers = Array.from({ length: MAX_MEMBERS + 1 }, () => ({ name: "ums", address: "" }));
    const tooMany = checkDraftInput({ ...igelExample(), servers });
    expect(tooMany.ok).toBe(false);
    expect(!tooMany.ok && tooMany.error).toMatch(/at most 32 rows/);
  });
});
