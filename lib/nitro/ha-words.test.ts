import { describe, expect, it } from "vitest";
import { haRoleWords } from "./ha-words";

describe("HA words", () => {
  it("names each HA state the same way everywhere", () => {
    expect(haRoleWords("primary")).toBe("HA primary");
    expect(haRoleWords("secondary")).toBe("HA secondary");
    expect(haRoleWords("standalone")).toBe("Standalone (no HA pair)");
  });

  it("says unknown only when the role was not read", () => {
    expect(haRoleWords("unknown")).toBe("HA role unknown");
    expect(haRoleWords(undefined)).toBe("HA role unknown");
    expect(haRoleWords("toString")).toBe("HA role unknown");
  });

  it("says the HA state is being read before the status poller's first HA read", () => {
    expect(haRoleWords("pending")).toBe("Reading HA state…");
  });
});
