// The UI's decisions for a role, kept in pure functions so they are tested here (there is no
// render test): what the wizard and Review offer follows the permission table, and a viewer is
// told so in these exact words (the browser tests look for them).
import { describe, expect, it } from "vitest";
import { reviewAccess } from "@/components/review/review-access";
import { wizardMode } from "@/components/wizard/wizard-mode";
import { can } from "@/lib/auth/permissions";
import { roles } from "@/lib/auth/roles";

describe("wizardMode", () => {
  it("is read-only exactly for the roles without topology:write", () => {
    for (const role of roles) {
      const mode = wizardMode(role);
      expect(mode.readOnly, role).toBe(!can(role, "topology:write"));
      expect(mode.readOnlyNotice === null, role).toBe(!mode.readOnly);
    }
  });

  it("tells a viewer that nothing is saved, and lets editors and owners edit", () => {
    expect(wizardMode("viewer")).toEqual({
      readOnly: true,
      readOnlyNotice: "You have read-only access (Viewer): changes are not saved",
    });
    expect(wizardMode("editor")).toEqual({ readOnly: false, readOnlyNotice: null });
    expect(wizardMode("owner")).toEqual({ readOnly: false, readOnlyNotice: null });
  });
});

describe("reviewAccess", () => {
  it("offers the plan and Apply exactly to the roles holding topology:plan and topology:apply", () => {
    for (const role of roles) {
      const access = reviewAccess(role);
      expect(access.canPlan, role).toBe(can(role, "topology:plan"));
      expect(access.canApply, role).toBe(can(role, "topology:apply"));
      // Without the plan there is a note instead (and the plan route is never asked).
      expect(access.planNote === null, role).toBe(access.canPlan);
    }
  });

  it("explains to a viewer why there is no plan, and offers no Apply", () => {
    expect(reviewAccess("viewer")).toEqual({
      canPlan: false,
      canApply: false,
      planNote: {
        title: "The plan is not shown to your role",
        body: "Planning signs in to the appliance and compares it with this topology. Your role (Viewer) can see the design, its NetScaler CLI and past applies, but not plan or apply: ask an editor or an owner.",
      },
    });
  });
});
