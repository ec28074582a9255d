"use client";

import { Button } from "@/components/ui/button";
import { MAX_MEMBERS } from "@/lib/topology/schema/list-limits";
import { removeAt } from "@/lib/wizard/doc-paths";
import { fieldId } from "@/lib/wizard/field-paths";
import { FieldMessages } from "../fields/field-messages";
import { TextField } from "../fields/text-field";
import { useField } from "../fields/use-field";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";
import { XmsMonitorFields } from "./monitor-fields";
import { useXmsDoc } from "./use-xms-doc";

/** A cluster is two or more nodes: below that, Remove is switched off. */
const MIN_NODES = 2;

function focusSoon(id: string) {
  // After React has rendered the row that is about to exist (or the one that remains).
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function XmsNodesStep() {
  const { doc, changeXms } = useXmsDoc();
  const { readOnly } = useWizard();
  const list = useField("nodes");
  const nodes = doc.nodes ?? [];
  const prefix = doc.prefix || "xms";
  const add = () => {
    const index = nodes.length;
    changeXms(
      (d) => ({
        ...d,
        nodes: [...(d.nodes ?? []), { name: `xms${index + 1}`, address: "", serverId: "" }],
      }),
      ["nodes"],
    );
    focusSoon(fieldId(`nodes.${index}.address`));
  };
  const remove = (index: number) => {
    changeXms((d) => removeAt(d, "nodes", index), ["nodes"]);
    focusSoon(index > 0 ? fieldId(`nodes.${index - 1}.address`) : fieldId("nodes.0.address"));
  };
  return (
    <div className="space-y-8">
      <StepSection
        title="Nodes"
        intro={`Each node becomes a NetScaler server (${prefix}_srv_name) and a member of every MDM and MAM service group.`}
      >
        <div
          className="space-y-2 rounded-md bg-slate-50 p-4 text-sm dark:bg-slate-800/60"
          id="xms-node-id-help"
        >
          <p className="font-medium">Where to find a node&apos;s server ID</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              On the node&apos;s command-line console: sign in and open the{" "}
              <strong>Clustering</strong> menu (option 1); it shows this node&apos;s ID.
            </li>
            <li>
              In the XMS web console: the wrench (Support) icon at the top right, then{" "}
              <strong>Advanced &gt; Cluster Information</strong> lists every member with its ID.
            </li>
          </ul>
          <p className="text-slate-600 dark:text-slate-400">
            The MAM virtual server sends each app session back to its node by this ID, so copy each
            node&apos;s own ID exactly; two nodes never share one.
          </p>
        </div>
        <div id={list.id} tabIndex={-1} aria-describedby={list.describedBy} className="space-y-3">
          {nodes.map((node, index) => {
            const n = index + 1;
            const locked = nodes.length <= MIN_NODES;
            return (
              <div
                key={index}
                data-testid={`xms-node-${index}`}
                className="grid items-start gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[minmax(0,9rem)_minmax(0,1fr)_minmax(0,1fr)_auto] dark:border-slate-800"
              >
                <TextField
                  path={`nodes.${index}.name`}
                  label={`Node ${n} name`}
                  autoComplete="off"
                  spellCheck={false}
                />
                <TextField
                  path={`nodes.${index}.address`}
                  label={`Node ${n} address`}
                  placeholder="10.20.0.11"
                  autoComplete="off"
                  spellCheck={false}
                />
                <TextField
                  path={`nodes.${index}.serverId`}
                  label={`Node ${n} server ID`}
                  placeholder="from Cluster Information"
                  autoComplete="off"
                  spellCheck={false}
                />
                {readOnly ? null : (
                  <Button
                    variant="ghost"
                    className="disabled:opacity-50 md:mt-6"
                    disabled={locked}
                    title={locked ? "A cluster needs at least two nodes." : undefined}
                    onClick={() => remove(index)}
                    aria-label={`Remove node ${n}${node.name ? ` (${node.name})` : ""}`}
                  >
                    Remove
                  </Button>
                )}
              </div>
            );
          })}
        </div>
        <FieldMessages id={list.id} path="nodes" errors={list.errors} warnings={list.warnings} />
        {readOnly ? null : (
          <div className="flex flex-wrap items-center gap-3">
            <Button
              id="add-xms-node"
              variant="secondary"
              onClick={add}
              disabled={nodes.length >= MAX_MEMBERS}
              title={nodes.length >= MAX_MEMBERS ? `At most ${MAX_MEMBERS} nodes.` : undefined}
            >
              Add a node
            </Button>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The address is an IP address, or a host name the NetScaler can resolve. At least two
              nodes; Remove is off while there are only two.
            </p>
          </div>
        )}
      </StepSection>
      <StepSection
        title="Health check"
        intro="Optional. The same check runs on every MDM and MAM service group, so it is set once, here."
      >
        <XmsMonitorFields />
      </StepSection>
    </div>
  );
}
