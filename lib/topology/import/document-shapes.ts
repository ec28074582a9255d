// What each place of a document of each kind expects, read once from the full schemas.
import { igelUmsFieldsSchema, xenMobileFieldsSchema } from "../schema/document";
import type { TopologyKind } from "../schema/kinds";
import { expectedShape, type ExpectedShape } from "./expected-shape";

export const documentShapes: Readonly<Record<TopologyKind, ExpectedShape>> = {
  IGEL_UMS: expectedShape(igelUmsFieldsSchema),
  XENMOBILE: expectedShape(xenMobileFieldsSchema),
};
