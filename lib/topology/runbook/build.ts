// Topology document + context → the runbook model, sections in the order an admin works.
// Pure and deterministic: the only date is context.generatedAt. A document that is not complete
// gets no runbook at all (the caller shows "finish the wizard first" with the errors).
import { compile } from "../compile";
import { topologyKindInfo } from "../schema/kinds";
import type { TopologyDocument } from "../schema/document";
import type { Issue } from "../validate/issues";
import { validateDocument } from "../validate/validate-document";
import { igelAddressBlocks } from "./addresses-igel";
import { xenMobileAddressBlocks } from "./addresses-xenmobile";
import { afterBlocks, prerequisitesBlocks } from "./checklist-sections";
import { configurationBlocks, rollbackBlocks } from "./cli-sections";
import { databaseBlocks } from "./database-section";
import { formatRunbookDate } from "./dates";
import { dnsBlocks } from "./dns-section";
import type { Block, Runbook, RunbookContext, RunbookSection, SectionId } from "./types";

export type RunbookResult = { ok: true; runbook: Runbook } | { ok: false; errors: Issue[] };

/** Validates a stored (possibly draft) document and builds its runbook when it is complete. */
export function runbookFor(input: unknown, context: RunbookContext): RunbookResult {
  const validation = validateDocument(input, { name: context.topologyName });
  if (!validation.document) return { ok: false, errors: validation.errors };
  return { ok: true, runbook: buildRunbook(validation.document, context, validation.warnings) };
}

/**
 * `warnings` are the validation warnings of the document; unticked prerequisites are left out
 * because section 1 already shows every tick.
 */
export function buildRunbook(
  doc: TopologyDocument,
  context: RunbookContext,
  warnings: readonly Issue[] = [],
): Runbook {
  const config = compile(doc);
  const kind = topologyKindInfo[doc.kind];
  const sections: Array<[SectionId, string, Block[]]> = [
    ["prerequisites", "Prerequisites", prerequisitesBlocks(doc)],
    [
      "addresses",
      "Addresses and ports",
      doc.kind === "IGEL_UMS" ? igelAddressBlocks(doc) : xenMobileAddressBlocks(doc),
    ],
    ["database", "Database script", databaseBlocks(doc)],
    ["configuration", "NetScaler configuration", configurationBlocks(doc, config)],
    ["dns", "DNS records", dnsBlocks(doc)],
    ["after", "After the NetScaler", afterBlocks(doc)],
    ["rollback", "Rollback", rollbackBlocks(doc, config)],
  ];
  return {
    title: `Runbook: ${context.topologyName}`,
    description: kind.description,
    summary: [
      { label: "Kind", value: kind.label },
      { label: "Appliance", value: context.applianceName ?? "not chosen yet" },
      { label: "Topology version", value: String(context.version) },
      { label: "Generated", value: formatRunbookDate(context.generatedAt) },
    ],
    intro: introBlocks(warnings),
    sections: sections.map(([id, title, blocks], i): RunbookSection => ({
      id,
      number: i + 1,
      title,
      blocks,
    })),
  };
}

function introBlocks(warnings: readonly Issue[]): Block[] {
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: [
        "Work through the sections in order. Every value comes from the topology at the version above; if it changes, generate the runbook again. It holds no passwords: the database script has a placeholder, and you sign in to the NetScaler with your own account.",
      ],
    },
  ];
  const open = warnings.filter((w) => !w.path.startsWith("prerequisites."));
  if (open.length > 0) {
    blocks.push(
      { kind: "heading", text: "Warnings from the wizard" },
      { kind: "list", ordered: false, items: open.map((w) => [w.message]) },
    );
  }
  return blocks;
}
