import { z } from "zod";

export const topologyNameSchema = z
  .string()
  .trim()
  .min(1, "Give the topology a name.")
  .max(80, "Use at most 80 characters.");
