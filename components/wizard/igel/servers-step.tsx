"use client";

import { Button } from "@/components/ui/button";
import { MAX_MEMBERS } from "@/lib/topology/schema/list-limits";
import { removeAt } from "@/lib/wizard/doc-paths";
import { fieldId } from "@/lib/wizard/field-paths";
import { FieldMessages } from "../fields/field-messages";
import { TextField } from "../fields/text-field";
import { useField } from "../fields/use-field";
import { useWizard } from "../wizard-context";
import { useIgelDoc } from "./use-igel-doc";

function focusSoon(id: string) {
  // After React has rendered the row that is about to exist (or the one that remains).
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function IgelServersStep() {
  const { doc, changeIgel } = useIgelDoc();
  const { readOnly } = useWizard();
  const list = useField("servers");
  const servers = doc.servers ?? [];
  const add = () => {
    const index = servers.length;
    changeIgel(
      (d) => ({ ...d, servers: [...(d.servers ?? []), { name: `ums${index + 1}`, address: "" }] }),
      ["servers"],
    );
    focusSoon(fieldId(`servers.${index}.address`));
  };
  const remove = (index: number) => {
    changeIgel((d) => removeAt(d, "servers", index), ["servers"]);
    focusSoon(index > 0 ? fieldId(`servers.${index - 1}.address`) : "add-ums-server");
  };
  return (
    <div className="space-y-4">
      <div id={list.id} tabIndex={-1} aria-describedby={list.describedBy} className="space-y-3">
        {servers.map((server, index) => (
          <div
            key={index}
            className="grid items-start gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_auto] dark:border-slate-800"
          >
            <TextField
              path={`servers.${index}.name`}
              label={`Server ${index + 1} name`}
              autoComplete="off"
              spellCheck={false}
            />
            <TextField
              path={`servers.${index}.address`}
              label={`Server ${index + 1} address`}
              placeholder="10.10.20.11 or ums1.corp.local"
              autoComplete="off"
              spellCheck={false}
            />
            {readOnly ? null : (
              <Button
                variant="ghost"
                className="sm:mt-6"
                onClick={() => remove(index)}
                aria-label={`Remove server ${index + 1}${server.name ? ` (${server.name})` : ""}`}
              >
                Remove
              </Button>
            )}
          </div>
        ))}
      </div>
      <FieldMessages id={list.id} path="servers" errors={list.errors} warnings={list.warnings} />
      {readOnly ? null : (
        <Button
          id="add-ums-server"
          variant="secondary"
          onClick={add}
          disabled={servers.length >= MAX_MEMBERS}
          title={servers.length >= MAX_MEMBERS ? `At most ${MAX_MEMBERS} UMS servers.` : undefined}
        >
          Add a UMS server
        </Button>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The name is used in the NetScaler server object ({doc.prefix || "prefix"}_srv_
        <em>name</em>). The address is an IP address, or a host name the NetScaler can resolve. Put
        the servers in the UMS subnet of the next step, so their replies return through the
        NetScaler.
      </p>
    </div>
  );
}
