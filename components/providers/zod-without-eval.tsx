"use client";
import { z } from "zod";

// Zod 4 probes `Function("")` on its first object parse to decide whether to compile fast
// parsers. The page CSP (proxy.ts) allows no eval, so in the browser that probe would be a
// refused eval reported as a violation; tell Zod up front to parse without it. The server
// keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

/** Rendered once by the root layout so this module runs before any form parses input. */
export function ZodWithoutEval() {
  return null;
}
