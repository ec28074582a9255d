// Public surface of the topology core (pure: no I/O). The planner lives in ./plan.
export * from "./compile/app-controller";
export * from "./checklists";
export * from "./compile";
export * from "./compile/desired";
export * from "./export";
export * from "./schema/kinds";
export * from "./schema/name";
export * from "./schema/naming";
export * from "./schema";
export * from "./validate";
