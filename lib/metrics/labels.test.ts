import { describe, expect, it } from "vitest";
import { uniqueLabels } from "./labels";

describe("uniqueLabels", () => {
  it("keeps a name that only one object has, and tells apart two objects sharing one", () => {
    const label = uniqueLabels([
      { id: "3f2a9c1e-0000-4000-8000-000000000001", name: "NetScaler" },
      { id: "7b7b7b7b-0000-4000-8000-000000000002", name: "NetScaler" },
      { id: "aaaaaaaa-0000-4000-8000-000000000003", name: "DR" },
      // The same object listed twice (two topologies on one appliance) is still one name.
      { id: "aaaaaaaa-0000-4000-8000-000000000003", name: "DR" },
    ]);
    expect(label("3f2a9c1e-0000-4000-8000-000000000001")).toBe("NetScaler (3f2a9c1e)");
    expect(label("7b7b7b7b-0000-4000-8000-000000000002")).toBe("NetScaler (7b7b7b7b)");
    expect(label("aaaaaaaa-0000-4000-8000-000000000003")).toBe("DR");
  });
});
