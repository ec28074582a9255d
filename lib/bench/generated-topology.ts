// Big topologies for the bench: `vservers` load-balanced vservers as IGEL UMS clusters of two
// servers and three ports each, every cluster with its own prefix, subnet and VIP, compiled by
// the real compiler and merged into one configuration (ids are unique by name).
import { igelDocument } from "@/lib/apply/testing/documents";
import { compile } from "@/lib/topology/compile";
import { applyLevels, type DesiredConfig } from "@/lib/topology/compile/desired";

export function generatedTopology(vservers: number): DesiredConfig {
  const clusters = Math.ceil(vservers / 3);
  const objects = Array.from(
    { length: clusters },
    (_, i) =>
      compile(
        igelDocument({
          prefix: `g${i}`,
          serverNames: [`g${i}s1`, `g${i}s2`],
          addressBase: `10.21.${i}`,
          vip: `10.30.${i}.100`,
          dnsRecord: false,
        }),
      ).objects,
  ).flat();
  objects.sort(
    (a, b) => applyLevels[a.resource] - applyLevels[b.resource] || a.id.localeCompare(b.id),
  );
  return { objects };
}
