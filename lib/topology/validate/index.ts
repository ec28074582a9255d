export * from "./appliance";
export * from "./issues";
export { plannedVservers, type PlannedVserver } from "./planned-vservers";
export { topologyDocumentSchema } from "./review-schema";
export { crossFieldRules } from "./rules";
export * from "./validate-document";
