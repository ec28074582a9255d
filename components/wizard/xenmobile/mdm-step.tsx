"use client";

import { Button } from "@/components/ui/button";
import { objectNames } from "@/lib/topology/schema/naming";
import type { PersistenceType } from "@/lib/topology/schema/common";
import { fieldId } from "@/lib/wizard/field-paths";
import { ChoiceField } from "../fields/choice-field";
import { FieldMessages } from "../fields/field-messages";
import { TextField } from "../fields/text-field";
import { useField } from "../fields/use-field";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";
import { mdmPortTexts, STANDARD_MDM_PORTS } from "./mdm-texts";
import { withPersistenceType } from "./persistence";
import { SourceIpFields, useShowSourceIp } from "./source-ip-fields";
import { useXmsDoc } from "./use-xms-doc";
import { XMS_FQDN_PATH } from "./xms-name-link";

function MdmPortCard({ port, index }: { port: number; index: number }) {
  const { doc } = useXmsDoc();
  const messages = useField(`mdm.ports.${index}`);
  const prefix = doc.prefix || "xms";
  const vip = doc.mdm?.vip || "(MDM VIP)";
  const nodes = doc.nodes?.length ?? 0;
  const text = mdmPortTexts[port];
  return (
    <li
      id={messages.id}
      tabIndex={-1}
      aria-describedby={messages.describedBy}
      className="space-y-2 rounded-md border border-slate-200 p-4 text-sm dark:border-slate-800"
      data-testid={`mdm-port-${port}`}
    >
      <p className="font-medium">
        Port {port}
        <span className="font-normal text-slate-600 dark:text-slate-400">
          {" "}
          · {text?.title ?? "Added port"}
        </span>
      </p>
      <p className="text-slate-700 dark:text-slate-300">
        {text?.text ?? "Passed through to the same port on every node."}
      </p>
      <p className="text-slate-600 dark:text-slate-400">
        Virtual server{" "}
        <code className="text-slate-900 dark:text-slate-100">
          {objectNames.mdmVserver(prefix, port)}
        </code>{" "}
        on{" "}
        <strong className="text-slate-900 dark:text-slate-100">
          {vip}:{port}
        </strong>{" "}
        (SSL_BRIDGE) with service group{" "}
        <code className="text-slate-900 dark:text-slate-100">
          {objectNames.mdmServiceGroup(prefix, port)}
        </code>{" "}
        of {nodes} node(s) on port {port}.
      </p>
      <FieldMessages {...messages} />
    </li>
  );
}

export function XmsMdmStep() {
  const { doc, changeXms } = useXmsDoc();
  const { readOnly } = useWizard();
  const list = useField("mdm.ports");
  const ports = doc.mdm?.ports ?? [];
  const standard =
    ports.length === STANDARD_MDM_PORTS.length &&
    STANDARD_MDM_PORTS.every((port, i) => ports[i] === port);
  const restore = () =>
    changeXms((d) => ({ ...d, mdm: { ...d.mdm, ports: [...STANDARD_MDM_PORTS] } }), ["mdm.ports"]);
  const sourceIp = useShowSourceIp("mdm.persistence", doc.mdm?.persistence?.type === "SOURCEIP");
  const gatewayVip = doc.gateway?.vip;
  return (
    <div className="space-y-8">
      <StepSection title="The XMS name">
        <TextField
          path={XMS_FQDN_PATH}
          label="XMS FQDN"
          placeholder="xms.corp.local"
          className="max-w-2xl"
          inputClassName="max-w-md"
          autoComplete="off"
          spellCheck={false}
          hint="The one name devices, Secure Hub and the Gateway use for XMS; devices enroll at it. The XMS and MAM certificates must be valid for it, and the Gateway's App Controller URL is built on it. The DNS step shows which VIP each DNS answers with."
        />
      </StepSection>
      <StepSection title="Address">
        <TextField
          path="mdm.vip"
          label="MDM VIP"
          placeholder="10.20.1.50"
          className="max-w-sm"
          autoComplete="off"
          spellCheck={false}
          hint={`A free IPv4 address on the NetScaler. Devices connect here, so it is usually the one you publish to the internet (directly or through NAT). It must not be the MAM VIP${gatewayVip ? ` or the Gateway's ${gatewayVip}` : " or the Gateway's VIP"}.`}
        />
      </StepSection>
      <StepSection
        title="Virtual servers"
        intro="One SSL_BRIDGE virtual server per port on the MDM VIP. SSL bridge means the NetScaler forwards the encrypted traffic as it is and never holds a certificate for it."
      >
        <ul id={list.id} tabIndex={-1} aria-describedby={list.describedBy} className="space-y-3">
          {ports.map((port, index) => (
            <MdmPortCard key={`${port}-${index}`} port={port} index={index} />
          ))}
        </ul>
        <FieldMessages
          id={list.id}
          path={list.path}
          errors={list.errors}
          warnings={list.warnings}
        />
        {standard || readOnly ? null : (
          <Button
            variant="secondary"
            onClick={() => {
              restore();
              requestAnimationFrame(() => document.getElementById(fieldId("mdm.ports"))?.focus());
            }}
          >
            Use the standard ports 443 and 8443
          </Button>
        )}
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="font-medium">Why not SSL offload, like the MAM VIP?</p>
          <p className="mt-1">
            If the NetScaler ended the TLS here, XMS would never see the device certificates, and
            iOS enrollment and device management fail (XMS answers 401 or 412). Keep MDM on SSL
            bridge.
          </p>
        </div>
      </StepSection>
      <StepSection title="Persistence">
        <ChoiceField
          path="mdm.persistence.type"
          legend="Persistence on the MDM virtual servers"
          columns={2}
          choices={[
            {
              value: "SOURCEIP",
              label: "By client address (SOURCEIP)",
              description: "Required for a cluster: a device stays on one node.",
            },
            {
              value: "NONE",
              label: "None",
              description: "Not for a cluster: a device's connections scatter across nodes.",
            },
          ]}
          hint="iOS opens several connections for one MDM command; they must all reach the same node, or the command breaks (Citrix article CTX227406). With SSL bridge the NetScaler cannot read cookies, so the client address is what it can go by."
          onChoose={(value) =>
            changeXms(
              (d) => ({
                ...d,
                mdm: {
                  ...d.mdm,
                  persistence: withPersistenceType(d.mdm?.persistence, value as PersistenceType),
                },
              }),
              ["mdm.persistence.type"],
            )
          }
        />
        {sourceIp ? <SourceIpFields path="mdm.persistence" who="device" /> : null}
      </StepSection>
    </div>
  );
}
