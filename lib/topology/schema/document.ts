// The topology document: { schemaVersion, kind, name, ...every step's keys }. Two schemas per
// kind: the full one (every field valid; Review adds the cross-field rules on top, see
// validate/review-schema.ts) and the draft one (anything partial saves).
import { z } from "zod";
import { topologyNameSchema } from "./name";
import { draftText } from "./draft-helpers";
import { igelUmsStepDraftSchemas as igelDraft } from "./igel-ums-draft";
import { igelUmsStepSchemas as igel } from "./igel-ums";
import { xenMobileStepDraftSchemas as xmsDraft } from "./xenmobile-draft";
import { xenMobileStepSchemas as xms } from "./xenmobile";

import { CURRENT_SCHEMA_VERSION } from "./constants";

export { CURRENT_SCHEMA_VERSION };

// name.ts has the rules; this adds a message for a document without a name at all.
const name = z.string({ error: "Give the topology a name." }).pipe(topologyNameSchema);

const schemaVersion = z.literal(CURRENT_SCHEMA_VERSION, {
  error: `Schema version: this app reads version ${CURRENT_SCHEMA_VERSION} documents.`,
});

export const igelUmsFieldsSchema = z.object({
  schemaVersion,
  kind: z.literal("IGEL_UMS"),
  name,
  ...igel.prerequisites.shape,
  ...igel.database.shape,
  ...igel.servers.shape,
  ...igel.network.shape,
  ...igel["load-balancing"].shape,
  ...igel.dns.shape,
  ...igel.after.shape,
});

export const xenMobileFieldsSchema = z.object({
  schemaVersion,
  kind: z.literal("XENMOBILE"),
  name,
  ...xms.prerequisites.shape,
  ...xms.nodes.shape,
  ...xms.mdm.shape,
  ...xms.mam.shape,
  ...xms.gateway.shape,
  ...xms.dns.shape,
  ...xms.after.shape,
});

/** Every field valid on its own; cross-field rules are checked by validation on top. */
export const topologyFieldsSchema = z.discriminatedUnion("kind", [
  igelUmsFieldsSchema,
  xenMobileFieldsSchema,
]);

export type IgelUmsDocument = z.output<typeof igelUmsFieldsSchema>;
export type XenMobileDocument = z.output<typeof xenMobileFieldsSchema>;
export type TopologyDocument = IgelUmsDocument | XenMobileDocument;

export const igelUmsDraftSchema = z.object({
  schemaVersion,
  kind: z.literal("IGEL_UMS"),
  name: draftText,
  ...igelDraft.prerequisites.shape,
  ...igelDraft.database.shape,
  ...igelDraft.servers.shape,
  ...igelDraft.network.shape,
  ...igelDraft["load-balancing"].shape,
  ...igelDraft.dns.shape,
  ...igelDraft.after.shape,
});

export const xenMobileDraftSchema = z.object({
  schemaVersion,
  kind: z.literal("XENMOBILE"),
  name: draftText,
  ...xmsDraft.prerequisites.shape,
  ...xmsDraft.nodes.shape,
  ...xmsDraft.mdm.shape,
  ...xmsDraft.mam.shape,
  ...xmsDraft.gateway.shape,
  ...xmsDraft.dns.shape,
  ...xmsDraft.after.shape,
});

/** Accepts any partial document of a known kind: a draft must always save. */
export const topologyDraftSchema = z.discriminatedUnion("kind", [
  igelUmsDraftSchema,
  xenMobileDraftSchema,
]);

export type IgelUmsDraft = z.output<typeof igelUmsDraftSchema>;
export type XenMobileDraft = z.output<typeof xenMobileDraftSchema>;
export type TopologyDraft = IgelUmsDraft | XenMobileDraft;
