"use client";

import { checklist } from "@/lib/topology/checklists";
import { databaseTypeLabels } from "@/lib/topology/schema/constants";
import {
  databaseTypes,
  defaultDatabasePorts,
  type DatabaseType,
} from "@/lib/topology/schema/constants";
import { CheckItem } from "../fields/check-item";
import { ChoiceField } from "../fields/choice-field";
import { NumberField } from "../fields/number-field";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { DatabaseScriptPanel } from "./database-script-panel";
import { useIgelDoc } from "./use-igel-doc";

const choices = databaseTypes.map((type) => ({
  value: type,
  label: databaseTypeLabels[type],
  description: `Default port ${defaultDatabasePorts[type]}`,
}));

// Shown again here: they are done right after running the script.
const afterScript = new Set(["database-created", "datasource-active"]);

export function IgelDatabaseStep() {
  const { doc, changeIgel } = useIgelDoc();
  const chooseType = (value: string) =>
    changeIgel(
      (d) => {
        const type = value as DatabaseType;
        const before = d.database?.type;
        const port = d.database?.port;
        // Follow the new type's default port unless the admin typed a port of their own.
        const keepPort = port !== undefined && (!before || port !== defaultDatabasePorts[before]);
        return {
          ...d,
          database: { ...d.database, type, port: keepPort ? port : defaultDatabasePorts[type] },
        };
      },
      ["database.type"],
    );
  return (
    <div className="space-y-8">
      <StepSection title="Where the database runs">
        <ChoiceField
          path="database.type"
          legend="Database"
          choices={choices}
          onChoose={chooseType}
          hint="Any of these works if it is highly available: SQL Server Always On or a failover cluster, an Oracle cluster, or replicated PostgreSQL."
        />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto]">
          <TextField
            path="database.host"
            label="Host"
            placeholder="umsdb.corp.local"
            autoComplete="off"
            spellCheck={false}
            hint="The database server, or for a cluster its listener name, as the UMS servers reach it."
          />
          <NumberField path="database.port" label="Port" />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            path="database.databaseName"
            label="Database name"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            path="database.user"
            label="User (login)"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField path="database.schema" label="Schema" autoComplete="off" spellCheck={false} />
        </div>
      </StepSection>
      <StepSection
        title="Create the database"
        intro="Give this script to whoever runs the database server. UMS connects to the database; it does not create it."
      >
        <DatabaseScriptPanel />
        <div className="space-y-4 pt-2">
          {checklist(doc, "prerequisites")
            .filter((item) => afterScript.has(item.id))
            .map((item) => (
              <CheckItem
                key={item.id}
                list="prerequisites"
                id={item.id}
                title={item.title}
                detail={item.detail}
              />
            ))}
        </div>
      </StepSection>
    </div>
  );
}
