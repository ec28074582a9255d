// Schemas do not coerce strings: inputs convert here before the value enters the document.

/** Keeps only digits, so a number input never holds text that would be dropped on save. */
export function digitsOnly(text: string): string {
  return text.replace(/\D+/g, "").slice(0, 9);
}

/** A whole number from digits, or undefined for an empty field (the schema then reports it). */
export function toWholeNumber(text: string): number | undefined {
  const digits = digitsOnly(text);
  return digits === "" ? undefined : Number(digits);
}

export function numberText(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}
