// Public surface of the topology core (pure: no I/O). The planner lives in ./plan.
export * from "./app-controller";
export * from "./checklists";
export * from "./compile";
export * from "./desired";
export * from "./export";
export * from "./kinds";
export * from "./name";
export * from "./naming";
export * from "./schema";
export * from "./validate";
