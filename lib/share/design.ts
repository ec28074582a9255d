// A shared topology's compiled design, cached per topology version: the status route asks for
// it on every poll (to number addresses the same way as the page), and a version never changes.
import type { ResolvedShareLink } from "@/lib/share/store";
import { loadTopologyDocument } from "@/lib/topologies/documents";
import { compile } from "@/lib/topology/compile";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { maskSecrets, secretsOf } from "@/lib/topology/plan";
import { validateDocument } from "@/lib/topology/validate";
import { TtlCache } from "./ttl-cache";

export type SharedDesign =
  | {
      ok: true;
      /** What the planner needs (secret values included): never sent anywhere. */
      desired: DesiredConfig;
      /** The same with secret attribute values masked: what the page may show. */
      shown: DesiredConfig;
    }
  | { ok: false; notice: string }
  /** The topology is gone (archived or deleted since the link was resolved). */
  | null;

const holder = globalThis as typeof globalThis & { __sharedDesignCache?: TtlCache<SharedDesign> };

function cache(): TtlCache<SharedDesign> {
  return (holder.__sharedDesignCache ??= new TtlCache<SharedDesign>(10 * 60_000, 200));
}

/** A copy fit to show: secret attribute values (monitor passwords and the like) masked. */
export function withSecretsMasked(config: DesiredConfig): DesiredConfig {
  return {
    objects: config.objects.map((object) => ({
      ...object,
      attributes: maskSecrets(object.attributes, secretsOf(object)),
      identity: maskSecrets(object.identity, secretsOf(object)),
    })),
  };
}

export function loadSharedDesign(link: ResolvedShareLink): Promise<SharedDesign> {
  const key = `${link.workspaceId}/${link.topologyId}@${link.topology.version}`;
  return cache().get(key, async () => {
    const topology = await loadTopologyDocument(link.workspaceId, link.topologyId);
    if (!topology) return null;
    const validation = validateDocument(topology.document);
    if (!validation.document) {
      return {
        ok: false,
        notice: "This topology is not complete yet, so there is no design to show.",
      };
    }
    const desired = compile(validation.document);
    return { ok: true, desired, shown: withSecretsMasked(desired) };
  });
}
