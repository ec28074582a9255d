import { basicSchemas } from "./basic-resources";
import { dnsVpnSchemas } from "./dns-vpn-resources";
import { lbSchemas } from "./lb-resources";
import { nsSchemas } from "./ns-resources";
import { compileSchema, type FieldSchema } from "./raw-schema";
import { sslSchemas } from "./ssl-resources";

const raw = { ...basicSchemas, ...lbSchemas, ...sslSchemas, ...dnsVpnSchemas, ...nsSchemas };
const compiled = new Map<string, FieldSchema>();

/** Field schema of a simulated config resource; throws for a type the simulator does not model. */
export function schemaFor(type: string): FieldSchema {
  const cached = compiled.get(type);
  if (cached) return cached;
  const source = raw[type];
  if (!source) throw new Error(`no embedded NITRO schema for ${type}`);
  const schema = compileSchema(source);
  compiled.set(type, schema);
  return schema;
}

export type { FieldKind, FieldSchema } from "./raw-schema";
