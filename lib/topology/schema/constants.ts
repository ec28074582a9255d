// Plain values the schemas are built on, without zod, so browser code (the wizard's forms,
// labels and database script) can use them without shipping the schemas. The schema modules
// re-export each one where it always was.

export const CURRENT_SCHEMA_VERSION = 1;

export const databaseTypes = ["MSSQL", "POSTGRESQL", "ORACLE"] as const;
export type DatabaseType = (typeof databaseTypes)[number];
export const defaultDatabasePorts: Record<DatabaseType, number> = {
  MSSQL: 1433,
  POSTGRESQL: 5432,
  ORACLE: 1521,
};

/** How the wizard, the labels and the database script name each database. */
export const databaseTypeLabels: Record<DatabaseType, string> = {
  MSSQL: "Microsoft SQL Server",
  POSTGRESQL: "PostgreSQL",
  ORACLE: "Oracle Database",
};

/** Which IGEL OS generation the devices run: decides the load-balanced ports. */
export const osGenerations = ["11", "12", "mixed"] as const;
export type OsGeneration = (typeof osGenerations)[number];

/** What a load-balanced port carries; "other" is a port the admin added. */
export const portPurposes = ["thin-clients", "console", "firmware", "other"] as const;
export type PortPurpose = (typeof portPurposes)[number];

export const persistenceTypes = ["SOURCEIP", "CUSTOMSERVERID", "NONE"] as const;
export type PersistenceType = (typeof persistenceTypes)[number];

/** The published setups' persistence: source IP for 5 minutes, one client per address. */
export const SOURCE_IP_PERSISTENCE = {
  type: "SOURCEIP",
  timeout: 5,
  mask: "255.255.255.255",
  rule: "",
} as const satisfies { type: PersistenceType; timeout: number; mask: string; rule: string };

/** Health check path every XMS node answers (the expected reply differs between versions). */
export const XMS_MONITOR_PATH = "/zdm/cxf/public/getserverinfo";
/** Likely rule: XMS sets an ACNODEID cookie. Unconfirmed by the sources, so only a default. */
export const DEFAULT_MAM_RULE = 'HTTP.REQ.COOKIE.VALUE("ACNODEID")';

/**
 * The IGEL ports for an OS generation. All three rows are always present so the admin can
 * switch one on; 9080 comes from the published IGEL setup and is not in current IGEL port
 * tables (docs/domain.md#igel-os-ports).
 */
export function defaultIgelPorts(osGeneration: OsGeneration) {
  const os11 = osGeneration !== "12";
  return [
    { port: 30001, purpose: "thin-clients" as PortPurpose, usip: true, enabled: os11 },
    // USIP stays off: consoles inside the UMS subnet could not connect through the VIP.
    { port: 8443, purpose: "console" as PortPurpose, usip: false, enabled: true },
    { port: 9080, purpose: "firmware" as PortPurpose, usip: true, enabled: os11 },
  ];
}
