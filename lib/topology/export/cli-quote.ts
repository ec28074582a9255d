// Quoting for the NetScaler CLI. Plain tokens stay bare; a value with a double quote (typical
// for expressions such as HTTP.REQ.COOKIE.VALUE("ACNODEID")) goes in single quotes; anything
// else goes in double quotes with \ and " escaped.
import type { AttributeValue } from "../compile/desired";

const BARE_RE = /^[A-Za-z0-9_.:@=/][A-Za-z0-9_.:@=/-]*$/;
const CONTROL_RE = /[\u0000-\u001f\u007f]/;

export function cliQuote(value: AttributeValue): string {
  const text = String(value);
  if (CONTROL_RE.test(text)) {
    // Validation rejects control characters; reaching this is a programming error.
    throw new Error("A CLI value cannot contain line breaks or control characters.");
  }
  if (BARE_RE.test(text)) return text;
  if (text.includes('"') && !text.includes("'") && !text.includes("\\")) return `'${text}'`;
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
