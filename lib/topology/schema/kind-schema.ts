import { z } from "zod";
import { topologyKinds } from "@/lib/topology/schema/kinds";

export const topologyKindSchema = z.enum(topologyKinds, "Choose IGEL UMS or XenMobile Server.");
