import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  igelUmsAfterIds,
  igelUmsPrerequisiteIds,
  xenMobileAfterIds,
  xenMobilePrerequisiteIds,
} from "../checklists/ids";
import { igelUmsFieldsSchema, xenMobileFieldsSchema, type TopologyDraft } from "../schema/document";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { exportDocumentJson } from "./json";
import {
  findSecrets,
  isPlaceholder,
  isSecretKey,
  placeholderFor,
  SecretInDocumentError,
} from "./secrets";

/** Every key a document schema can hold, nested. */
function keysOf(schema: z.ZodType, out: string[] = []): string[] {
  const def = schema._zod.def as {
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    innerType?: z.ZodType;
    valueType?: z.ZodType;
    in?: z.ZodType;
  };
  if (def.shape)
    for (const [key, child] of Object.entries(def.shape)) out.push(key, ...keysOf(child));
  for (const child of [def.element, def.innerType, def.valueType, def.in])
    if (child) keysOf(child, out);
  return out;
}

const PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow…\n-----END RSA PRIVATE KEY-----";

describe("secret names", () => {
  it("recognises passwords, passphrases, tokens and keys however they are spelt", () => {
    for (const key of [
      "password",
      "Password",
      "dbPassword",
      "db_password",
      "passwd",
      "pwd",
      "passphrase",
      "certPassphrase",
      "secret",
      "clientSecret",
      "token",
      "apiToken",
      "privateKey",
      "private-key",
      "key",
      "apiKey",
      "keyMaterial",
      "credentials",
      "pfx",
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
  });

  it("is never true for a field of the document model", () => {
    const keys = [
      ...keysOf(igelUmsFieldsSchema),
      ...keysOf(xenMobileFieldsSchema),
      ...igelUmsPrerequisiteIds,
      ...igelUmsAfterIds,
      ...xenMobilePrerequisiteIds,
      ...xenMobileAfterIds,
    ];
    expect(keys).toContain("expectedReply"); // the walk reaches nested fields
    expect(keys).toContain("certificate");
    expect(keys.filter(isSecretKey)).toEqual([]);
  });
});

describe("placeholders", () => {
  it("are ${NAME} in upper case", () => {
    expect(isPlaceholder("${DATABASE_PASSWORD}")).toBe(true);
    expect(isPlaceholder("${X1}")).toBe(true);
    for (const value of [
      "${db}",
      "$DB",
      "{DB}",
      "${}",
      "",
      " ${DB}",
      "<choose-a-strong-password>",
      1,
    ]) {
      expect(isPlaceholder(value), String(value)).toBe(false);
    }
  });

  it("are named after where the secret goes", () => {
    expect(placeholderFor(["database", "password"])).toBe("${DATABASE_PASSWORD}");
    expect(placeholderFor(["gateway", "certPassphrase"])).toBe("${GATEWAY_CERT_PASSPHRASE}");
    expect(placeholderFor(["nodes", 0, "api-token"])).toBe("${NODES_API_TOKEN}");
    expect(placeholderFor([])).toBe("${SECRET}");
  });
});

describe("findSecrets", () => {
  it("finds secret-named values and private keys anywhere, with their paths", () => {
    expect(
      findSecrets({
        database: { password: "hunter2", user: "igelums" },
        nodes: [{ token: 12345 }, { apiKey: { value: "x" } }],
        mam: { certificate: PEM },
      }),
    ).toEqual([
      {
        path: "database.password",
        message:
          "looks like a secret: remove the secret; use the placeholder ${DATABASE_PASSWORD}. Topology files never carry secrets.",
      },
      { path: "nodes[0].token", message: expect.stringContaining("${NODES_TOKEN}") },
      { path: "nodes[1].apiKey", message: expect.stringContaining("${NODES_API_KEY}") },
      { path: "mam.certificate", message: expect.stringContaining("holds a private key") },
    ]);
  });

  it("accepts placeholders and empty values", () => {
    expect(
      findSecrets({
        database: { password: "${DATABASE_PASSWORD}", passphrase: "", token: null },
        comment: "the password is typed on the appliance",
      }),
    ).toEqual([]);
  });
});

describe("the JSON export", () => {
  it("refuses loudly to write a secret, wherever it hides", () => {
    const withPassword = clone(igelExample()) as unknown as Record<string, Record<string, unknown>>;
    withPassword.database!.password = "hunter2";
    expect(() => exportDocumentJson(withPassword as unknown as TopologyDraft)).toThrow(
      SecretInDocumentError,
    );
    expect(() => exportDocumentJson(withPassword as unknown as TopologyDraft)).toThrow(
      "Refusing to export a topology that holds a secret: database.password looks like a secret",
    );
    const withKey = clone(xenMobileExample());
    withKey.mam.certificate = PEM;
    expect(() => exportDocumentJson(withKey)).toThrow(/mam\.certificate holds a private key/);
  });

  it("writes a placeholder-only document without the unknown field", () => {
    const doc = clone(igelExample()) as unknown as Record<string, Record<string, unknown>>;
    doc.database!.password = "${DATABASE_PASSWORD}";
    expect(exportDocumentJson(doc as unknown as TopologyDraft)).toBe(
      exportDocumentJson(igelExample()),
    );
  });
});
