"use client";

import { XMS_MONITOR_PATH } from "@/lib/topology/schema/constants";
import { objectNames } from "@/lib/topology/schema/naming";
import { CheckboxField } from "../fields/checkbox-field";
import { TextField } from "../fields/text-field";
import { useXmsDoc } from "./use-xms-doc";

/**
 * The optional HTTP-ECV monitor. It has no default reply: XMS versions answer the health URL
 * differently, so the admin copies what their own nodes return.
 */
export function XmsMonitorFields() {
  const { doc } = useXmsDoc();
  const on = doc.monitor?.enabled === true;
  const node = doc.nodes?.find((n) => n.address)?.address || "<node address>";
  const port = doc.mam?.port ?? 8443;
  return (
    <div className="space-y-4">
      <CheckboxField
        path="monitor.enabled"
        label="Check each node with an HTTP-ECV monitor"
        hint={
          <>
            Without it the NetScaler only checks that each port accepts a TCP connection, which a
            node still starting up also does. The monitor{" "}
            <code>{objectNames.monitor(doc.prefix || "xms")}</code> asks every node for{" "}
            <code>{XMS_MONITOR_PATH}</code> over HTTPS on each service group and takes a node out
            only when the reply lacks the text below.
          </>
        }
      />
      {on ? (
        <TextField
          path="monitor.expectedReply"
          label="Expected reply (required)"
          autoComplete="off"
          spellCheck={false}
          className="sm:pl-7"
          hint={
            <>
              XMS versions answer this URL differently, so there is no default. On a healthy node,
              open
              <code className="my-0.5 block [overflow-wrap:anywhere]">
                https://{node}:{port}
                {XMS_MONITOR_PATH}
              </code>
              and copy a short part of the reply that only a working node returns.
            </>
          }
        />
      ) : null}
    </div>
  );
}
