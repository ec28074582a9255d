export { compile } from "./compile";
export { compileIgelUms } from "./igel-ums";
export { compileXenMobile } from "./xenmobile";
export { objectId } from "./objects";
export { persistenceAttributes } from "./building-blocks";
export { resourceSpecs, type ResourceSpec } from "./resource-specs";
