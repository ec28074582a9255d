"use client";

import Link from "next/link";
import { objectNames } from "@/lib/topology/schema/naming";
import { fieldId } from "@/lib/wizard/field-paths";
import { stepHref, useWizard } from "../wizard-context";
import { useXmsDoc } from "./use-xms-doc";

/** The MAM service group's members as they will be created, each with its node's server ID. */
export function MamMembers() {
  const { topologyId } = useWizard();
  const { doc } = useXmsDoc();
  const prefix = doc.prefix || "xms";
  const port = doc.mam?.port;
  const nodes = doc.nodes ?? [];
  const fix = (index: number) =>
    `${stepHref(topologyId, "nodes")}#${fieldId(`nodes.${index}.serverId`)}`;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" data-testid="mam-members">
        <caption className="px-3 pt-2 text-left text-sm text-slate-600 dark:text-slate-400">
          Members of <code>{objectNames.mamServiceGroup(prefix, port ?? 0)}</code>, each sent its
          node&apos;s server ID
        </caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Node
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Member
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Server ID
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node, index) => (
            <tr key={index} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="px-3 py-1.5 font-normal">
                {node.name || `Node ${index + 1}`}
              </th>
              <td className="px-3 py-1.5 break-all">
                {node.address || "(no address)"}:{port ?? "?"}
              </td>
              <td className="px-3 py-1.5 break-all">
                {node.serverId ? (
                  <code>{node.serverId}</code>
                ) : (
                  <Link href={fix(index)} className="text-red-700 underline dark:text-red-400">
                    Missing: enter it on XMS nodes
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
