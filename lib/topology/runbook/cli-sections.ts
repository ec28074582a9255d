// Sections 4 (NetScaler configuration) and 7 (rollback): the CLI batch and its rollback from
// lib/topology/export, with how to run them. Both files end with "save ns config".
import type { DesiredConfig } from "../compile/desired";
import { cliBatch, cliRollback, SAVE_COMMAND } from "../export";
import type { TopologyDocument } from "../schema/document";
import { fileBase } from "./file-name";
import { code, joined, strong } from "./text";
import type { Block, Inline } from "./types";

function commandCount(text: string): number {
  return text.split("\n").filter((line) => line.trim() !== "").length;
}

function howToRun(fileName: string): Block {
  const path = `/var/tmp/${fileName}`;
  return {
    kind: "list",
    ordered: true,
    items: [
      [
        "Sign in to the NetScaler command line (SSH to its management address) as an administrator; on an HA pair, on the primary node.",
      ],
      [
        "Paste the commands in order, or copy the file to ",
        code(path),
        " on the appliance and run ",
        code(`batch -fileName ${path}`),
        ".",
      ],
      [
        "Read the output: every command must succeed. The last one, ",
        code(SAVE_COMMAND),
        ", writes the running configuration to disk; without it a restart loses the change.",
      ],
    ],
  };
}

/** What the configuration needs on the appliance but never creates: SNIP, certificate, Gateway. */
function requirements(doc: TopologyDocument, config: DesiredConfig): Inline[][] {
  const seen = new Set<string>();
  const out: Inline[][] = [];
  if (doc.kind === "IGEL_UMS") out.push(["the SNIP ", code(doc.network.snip), " (section 2)"]);
  for (const obj of config.objects) {
    for (const req of obj.requires ?? []) {
      const key = `${req.resource}/${req.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const what =
        req.resource === "sslcertkey" ? "the certificate-key pair " : "the Gateway vserver ";
      out.push([what, code(req.name)]);
    }
  }
  return out;
}

export function configurationBlocks(doc: TopologyDocument, config: DesiredConfig): Block[] {
  const text = cliBatch(config);
  const fileName = `${fileBase(doc)}.cli.txt`;
  const needs = requirements(doc, config);
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: [
        `The NetScaler objects of this topology in dependency order, ${commandCount(text)} commands. Review and apply in the app makes the same changes for you; to make them by hand:`,
      ],
    },
    howToRun(fileName),
  ];
  if (needs.length > 0) {
    blocks.push({
      kind: "note",
      text: [
        strong("Must exist first:"),
        " ",
        ...joined(needs),
        needs.length === 1
          ? ". The configuration relies on it but does not create it."
          : ". The configuration relies on them but does not create them.",
      ],
    });
  }
  blocks.push({ kind: "code", language: "text", fileName, text });
  return blocks;
}

export function rollbackBlocks(doc: TopologyDocument, config: DesiredConfig): Block[] {
  const text = cliRollback(config);
  const fileName = `${fileBase(doc)}.rollback.cli.txt`;
  const gateway =
    doc.kind === "XENMOBILE"
      ? [
          " The Gateway vserver ",
          code(doc.gateway.vserverName),
          " stays but loses its App Controller URL.",
        ]
      : [];
  return [
    {
      kind: "paragraph",
      text: [
        "Use it to back the change out: when the load-balanced service does not work and the change window ends, or to retire the cluster. It removes everything section 4 created in reverse order, bindings first, and leaves alone what it only refers to.",
        ...gateway,
      ],
    },
    {
      kind: "paragraph",
      text: [
        "Run it like section 4. If the app applied the configuration, Review and apply can roll that run back instead. Changes outside the NetScaler (section 5 and section 6) are yours to undo.",
      ],
    },
    { kind: "code", language: "text", fileName, text },
  ];
}
