import { describe, expect, it } from "vitest";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { withSecretsMasked } from "./design";

describe("withSecretsMasked", () => {
  it("masks secret attribute values and leaves everything else as it is", () => {
    const config: DesiredConfig = {
      objects: [
        {
          id: "lbmonitor/xms_mon",
          resource: "lbmonitor",
          identity: { monitorname: "xms_mon" },
          attributes: { monitorname: "xms_mon", type: "HTTP", password: "Monitor-Secret-1" },
          immutable: [],
          secrets: ["customsecret"],
          dependsOn: [],
          label: "Monitor xms_mon",
        },
      ],
    };
    const shown = withSecretsMasked(config);
    expect(shown.objects[0]?.attributes).toEqual({
      monitorname: "xms_mon",
      type: "HTTP",
      password: "********",
    });
    expect(JSON.stringify(shown)).not.toContain("Monitor-Secret-1");
    expect(config.objects[0]?.attributes.password).toBe("Monitor-Secret-1");
  });
});
