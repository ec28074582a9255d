// The plan hash identifies a reviewed plan across processes (the CLI's `plan` output, the
// review page's apply). The planner stays free of Node built-ins so the same code runs
// anywhere, and Web Crypto is asynchronous: @noble/hashes gives a synchronous, audited SHA-256.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** Hex SHA-256 of the text's UTF-8 bytes (what node:crypto's update(text) hashes). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
