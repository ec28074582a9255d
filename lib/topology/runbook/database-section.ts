// Section 3: the IGEL UMS database script (db-script.ts, with its password placeholder), or
// for XenMobile a short note: the nodes hold their database settings, the document does not.
import { databaseScript, databaseTypeLabels, PASSWORD_PLACEHOLDER } from "../database-script";
import type { IgelUmsDocument, TopologyDocument } from "../schema/document";
import { code, strong } from "./text";
import type { Block, Inline, Text } from "./types";

export function databaseBlocks(doc: TopologyDocument): Block[] {
  return doc.kind === "IGEL_UMS" ? igelDatabaseBlocks(doc) : xenMobileDatabaseBlocks();
}

function igelDatabaseBlocks(doc: IgelUmsDocument): Block[] {
  const script = databaseScript(doc.database, { serverCount: doc.servers.length });
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: [
        `Creates the shared ${databaseTypeLabels[script.dialect]} database, its user and its schema before any UMS server connects. Saved as `,
        code(script.fileName),
        ".",
      ],
    },
    { kind: "code", language: "sql", fileName: script.fileName, text: script.text },
    { kind: "list", ordered: true, items: script.notes.map(withPlaceholder) },
  ];
  if (script.warnings.length > 0) {
    blocks.push({
      kind: "note",
      text: [strong("Check first:"), " ", script.warnings.map((w) => w.message).join(" ")],
    });
  }
  return blocks;
}

/** The placeholder as a literal value, so it reads as something to replace. */
function withPlaceholder(note: string): Text {
  return note
    .split(PASSWORD_PLACEHOLDER)
    .flatMap((part, i): Inline[] => (i === 0 ? [part] : [code(PASSWORD_PLACEHOLDER), part]))
    .filter((part) => part !== "");
}

function xenMobileDatabaseBlocks(): Block[] {
  return [
    {
      kind: "paragraph",
      text: [
        "Nothing to run here. XenMobile Server keeps its database connection on each node, and this topology does not hold it. Every node must use the same database (see the first prerequisite); the NetScaler configuration does not touch it.",
      ],
    },
  ];
}
