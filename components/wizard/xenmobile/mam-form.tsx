"use client";

import { Button } from "@/components/ui/button";
import { objectNames } from "@/lib/topology/schema/naming";
import type { PersistenceType } from "@/lib/topology/schema/constants";
import { DEFAULT_MAM_RULE } from "@/lib/topology/schema/constants";
import { fieldId } from "@/lib/wizard/field-paths";
import type { ApplianceOption } from "../common/appliance-field";
import { ChoiceField } from "../fields/choice-field";
import { NumberField } from "../fields/number-field";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";
import { AppliancePickField } from "./appliance-pick-field";
import { MamMembers } from "./mam-members";
import { withPersistenceType } from "./persistence";
import { SourceIpFields, useShowSourceIp } from "./source-ip-fields";
import { useApplianceName } from "./use-appliance-name";
import { useXmsDoc } from "./use-xms-doc";

export function XmsMamForm({ appliances }: { appliances: ApplianceOption[] }) {
  const { doc, changeXms } = useXmsDoc();
  const { readOnly } = useWizard();
  const applianceName = useApplianceName(appliances);
  const prefix = doc.prefix || "xms";
  const port = doc.mam?.port;
  const type = doc.mam?.persistence?.type;
  const rule = doc.mam?.persistence?.rule ?? "";
  const sourceIp = useShowSourceIp("mam.persistence", type === "SOURCEIP");
  const fqdn = doc.dns?.xmsFqdn;
  const setType = (value: string) =>
    changeXms(
      (d) => ({
        ...d,
        mam: {
          ...d.mam,
          persistence: withPersistenceType(d.mam?.persistence, value as PersistenceType),
        },
      }),
      ["mam.persistence.type"],
    );
  const restoreRule = () => {
    changeXms(
      (d) => ({
        ...d,
        mam: { ...d.mam, persistence: { ...d.mam?.persistence, rule: DEFAULT_MAM_RULE } },
      }),
      ["mam.persistence.rule"],
    );
    requestAnimationFrame(() => document.getElementById(fieldId("mam.persistence.rule"))?.focus());
  };
  return (
    <div className="space-y-8">
      <StepSection title="Address and port">
        <div className="grid gap-4 sm:grid-cols-[minmax(0,24rem)_auto]">
          <TextField
            path="mam.vip"
            label="MAM VIP"
            placeholder="10.20.1.51"
            autoComplete="off"
            spellCheck={false}
            hint={`A free IPv4 address the Gateway can reach; it need not be public. Not the MDM VIP${doc.mdm?.vip ? ` (${doc.mdm.vip})` : ""} and never the Gateway's own VIP.`}
          />
          <NumberField path="mam.port" label="Port" hint="XMS's 8443 unless yours uses another." />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Creates virtual server{" "}
          <code className="text-slate-900 dark:text-slate-100">
            {objectNames.mamVserver(prefix, port ?? 0)}
          </code>{" "}
          on{" "}
          <strong className="text-slate-900 dark:text-slate-100">
            {doc.mam?.vip || "(MAM VIP)"}:{port ?? "?"}
          </strong>{" "}
          of type SSL: the NetScaler ends the Gateway&apos;s TLS here with the certificate below,
          reads each request, and opens a new TLS connection to the node.
        </p>
      </StepSection>
      <StepSection title="Server certificate">
        <AppliancePickField
          path="mam.certificate"
          label="Certificate-key pair"
          what="certificate-key pairs"
          applianceName={applianceName}
          options={(lists) => lists.certKeys.map((name) => ({ value: name, label: name }))}
          hint={`The MAM VIP presents it to the Gateway, so it must be valid for the XMS name${fqdn ? ` (${fqdn})` : ""}, usually the same certificate XMS itself uses.`}
        />
      </StepSection>
      <StepSection
        title="Persistence"
        intro="All app traffic arrives from the Gateway, so the client address says nothing about which node a session belongs to. The node ID inside each request does."
      >
        <ChoiceField
          path="mam.persistence.type"
          legend="Persistence on the MAM virtual server"
          columns={2}
          onChoose={setType}
          choices={[
            {
              value: "CUSTOMSERVERID",
              label: "By node ID (CUSTOMSERVERID)",
              description:
                "A rule finds the node ID in the request; the member with that server ID gets it.",
            },
            {
              value: "SOURCEIP",
              label: "By client address (SOURCEIP)",
              description:
                "Stopgap only: every request comes from the Gateway, so one node gets all app traffic.",
            },
          ]}
        />
        {type === "CUSTOMSERVERID" ? (
          <div className="space-y-3">
            <div
              className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
              data-testid="mam-rule-unconfirmed"
            >
              <p className="font-medium">Unconfirmed default: check it on your system</p>
              <p className="mt-1">
                The suggested rule reads a cookie named ACNODEID, which XMS is reported to set to
                the node&apos;s ID. No Citrix document we know of confirms the name. Before you rely
                on it, check the cookies your XMS version sets on its port {port ?? 8443} replies
                (in a browser&apos;s developer tools, or ask Citrix support) and change the rule if
                yours differs.
              </p>
            </div>
            <TextField
              path="mam.persistence.rule"
              label="Persistence rule (unconfirmed default)"
              autoComplete="off"
              spellCheck={false}
              className="max-w-2xl"
              hint="A NetScaler expression that returns the node's ID from the request."
            />
            {rule !== DEFAULT_MAM_RULE && !readOnly ? (
              <Button variant="secondary" onClick={restoreRule}>
                Use the suggested rule again
              </Button>
            ) : null}
          </div>
        ) : null}
        {sourceIp ? <SourceIpFields path="mam.persistence" who="client" /> : null}
      </StepSection>
      <StepSection title="Members">
        <MamMembers />
      </StepSection>
    </div>
  );
}
