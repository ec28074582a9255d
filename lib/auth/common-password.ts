// Is a new password one that attackers try first? The list is the 10,000 most common passwords
// of SecLists (MIT licence, see common-passwords.md), lower-cased; it is bundled, so the check
// makes no network request. Few entries reach the 12-character minimum on their own, so a
// password also counts as common when it is a listed one dressed up the way people (and
// cracking rules) do it: digits or symbols around it, look-alike characters, or repeated.
import commonPasswords from "@/lib/auth/common-passwords.json";

const listed: ReadonlySet<string> = new Set(commonPasswords);

/** Words this product's users are likely to build a password on; checked like listed ones. */
const productWords: ReadonlySet<string> = new Set([
  "nsroot",
  "netscaler",
  "citrix",
  "igel",
  "xenmobile",
  "administrator",
  "123456789012",
]);

const lookAlikes: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

const isKnown = (word: string) => listed.has(word) || productWords.has(word);

/** The smallest unit the word repeats ("abcabc" → "abc"), or the word itself. */
function repeatedUnit(word: string): string {
  for (let size = 1; size <= word.length / 2; size++) {
    if (word.length % size === 0 && word.slice(0, size).repeat(word.length / size) === word) {
      return word.slice(0, size);
    }
  }
  return word;
}

/** The word without the digits and symbols people add around it ("!!Summer2024" → "summer"). */
const core = (word: string) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

const withoutLookAlikes = (word: string) =>
  [...word].map((char) => lookAlikes[char] ?? char).join("");

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (isKnown(lower)) return true;
  const candidates = new Set<string>();
  for (const word of [lower, core(lower)]) {
    for (const form of [word, withoutLookAlikes(word)]) {
      candidates.add(form);
      candidates.add(core(form));
      candidates.add(repeatedUnit(form));
      candidates.add(repeatedUnit(core(form)));
    }
  }
  // Short cores ("ab" in "ab12345678!!") are too weak a signal to refuse a password on.
  return [...candidates].some((word) => word.length >= 4 && isKnown(word));
}
