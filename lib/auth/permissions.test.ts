import { describe, expect, it } from "vitest";
import { can, permissions } from "@/lib/auth/permissions";
import { roles } from "@/lib/auth/roles";

describe("permission table", () => {
  it("lets viewers read but never change anything", () => {
    for (const permission of Object.keys(permissions) as Array<keyof typeof permissions>) {
      const isRead = permission.endsWith(":read");
      // ":view" permissions are reads kept from viewers (see the table's comments).
      expect(can("viewer", permission)).toBe(isRead);
    }
  });

  it("gives owners every permission and editors all but workspace administration, appliance credentials and alert settings", () => {
    // Appliance credentials reach editors only through a workspace's grant (appliance-grant.ts);
    // alert channels hold webhook secrets and decide who is woken at night: owners set them.
    const ownersOnly = [
      "workspace:rename",
      "workspace:security",
      "workspace:appliance-access",
      "members:manage",
      "appliance:manage",
      "alerts:manage",
    ];
    for (const permission of Object.keys(permissions) as Array<keyof typeof permissions>) {
      expect(can("owner", permission)).toBe(true);
      expect(can("editor", permission)).toBe(!ownersOnly.includes(permission));
    }
  });

  it("names only known roles", () => {
    for (const allowed of Object.values(permissions))
      for (const role of allowed) expect(roles).toContain(role);
  });
});
