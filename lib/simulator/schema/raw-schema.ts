// Compact, space-separated description of one NITRO resource (see the generated *-resources.ts
// files) and its compiled, lookup-friendly form.

export interface RawSchema {
  str?: string;
  int?: string;
  bool?: string;
  strList?: string;
  intList?: string;
  add?: string;
  update?: string;
  immutable?: string;
  readonly?: string;
  /** Fields the NITRO docs declare as Double: the appliance sends them back as JSON strings. */
  asString?: string;
  enums?: Record<string, string>;
}

export type FieldKind = "str" | "int" | "bool" | "strList" | "intList";

export interface FieldSchema {
  kinds: ReadonlyMap<string, FieldKind>;
  add: ReadonlySet<string>;
  update: ReadonlySet<string>;
  immutable: ReadonlySet<string>;
  readonly: ReadonlySet<string>;
  asString: ReadonlySet<string>;
  enums: ReadonlyMap<string, readonly string[]>;
}

const words = (list: string | undefined): string[] =>
  list ? list.split(" ").filter((w) => w.length > 0) : [];

export function compileSchema(raw: RawSchema): FieldSchema {
  const kinds = new Map<string, FieldKind>();
  const kindLists: [FieldKind, string | undefined][] = [
    ["str", raw.str],
    ["int", raw.int],
    ["bool", raw.bool],
    ["strList", raw.strList],
    ["intList", raw.intList],
  ];
  for (const [kind, list] of kindLists) for (const f of words(list)) kinds.set(f, kind);
  const enums = new Map<string, readonly string[]>();
  for (const [field, tokens] of Object.entries(raw.enums ?? {})) enums.set(field, words(tokens));
  return {
    kinds,
    add: new Set(words(raw.add)),
    update: new Set(words(raw.update)),
    immutable: new Set(words(raw.immutable)),
    readonly: new Set(words(raw.readonly)),
    asString: new Set(words(raw.asString)),
    enums,
  };
}
