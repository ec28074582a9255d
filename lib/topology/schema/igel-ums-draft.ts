// IGEL UMS draft step schemas: the same keys as the full ones, every field optional and lenient.
import { z } from "zod";
import { igelUmsAfterIds, igelUmsPrerequisiteIds } from "../checklists/ids";
import { checklistDraftSchema, persistenceDraftSchema } from "./common";
import { draftBoolean, draftEnum, draftList, draftNumber, draftText, loose } from "./draft-helpers";
import { databaseTypes, osGenerations, portPurposes } from "./igel-ums";

export const igelUmsStepDraftSchemas = {
  prerequisites: z.object({
    prefix: draftText,
    prerequisites: checklistDraftSchema(igelUmsPrerequisiteIds),
  }),
  database: z.object({
    database: loose(
      z.object({
        type: draftEnum(databaseTypes),
        host: draftText,
        port: draftNumber,
        databaseName: draftText,
        user: draftText,
        schema: draftText,
      }),
    ),
  }),
  servers: z.object({
    servers: draftList(z.object({ name: draftText, address: draftText })),
  }),
  network: z.object({
    network: loose(z.object({ umsSubnet: draftText, snip: draftText, vip: draftText })),
  }),
  "load-balancing": z.object({
    loadBalancing: loose(
      z.object({
        osGeneration: draftEnum(osGenerations),
        ports: draftList(
          z.object({
            port: draftNumber,
            purpose: draftEnum(portPurposes),
            usip: draftBoolean,
            enabled: draftBoolean,
          }),
        ),
        persistence: loose(persistenceDraftSchema),
      }),
    ),
  }),
  dns: z.object({
    dns: loose(z.object({ hostName: draftText, netscalerRecord: draftBoolean })),
  }),
  review: z.object({}),
  apply: z.object({}),
  after: z.object({ after: checklistDraftSchema(igelUmsAfterIds) }),
};
