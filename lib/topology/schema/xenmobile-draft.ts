// XenMobile draft step schemas: the same keys as the full ones, every field optional and lenient.
import { z } from "zod";
import { xenMobileAfterIds, xenMobilePrerequisiteIds } from "../checklists/ids";
import { checklistDraftSchema, persistenceDraftSchema } from "./common";
import {
  draftBoolean,
  draftList,
  draftNumber,
  draftRawText,
  draftText,
  loose,
} from "./draft-helpers";

export const xenMobileStepDraftSchemas = {
  prerequisites: z.object({
    prefix: draftText,
    prerequisites: checklistDraftSchema(xenMobilePrerequisiteIds),
  }),
  nodes: z.object({
    nodes: draftList(z.object({ name: draftText, address: draftText, serverId: draftText })),
    monitor: loose(z.object({ enabled: draftBoolean, expectedReply: draftRawText })),
  }),
  mdm: z.object({
    mdm: loose(
      z.object({
        vip: draftText,
        // A port that is not a number is dropped rather than losing the whole list.
        ports: loose(
          z
            .array(z.unknown())
            .transform((items) => items.filter((p): p is number => typeof p === "number")),
        ),
        persistence: loose(persistenceDraftSchema),
      }),
    ),
  }),
  mam: z.object({
    mam: loose(
      z.object({
        vip: draftText,
        port: draftNumber,
        certificate: draftText,
        persistence: loose(persistenceDraftSchema),
      }),
    ),
  }),
  gateway: z.object({
    gateway: loose(z.object({ vserverName: draftText, vip: draftText })),
  }),
  dns: z.object({
    dns: loose(z.object({ xmsFqdn: draftText, netscalerRecord: draftBoolean })),
  }),
  review: z.object({}),
  apply: z.object({}),
  after: z.object({ after: checklistDraftSchema(xenMobileAfterIds) }),
};
