// The two deployments the product builds. Descriptions are shown where a user chooses one.
import { z } from "zod";

export const topologyKinds = ["IGEL_UMS", "XENMOBILE"] as const;
export const topologyKindSchema = z.enum(topologyKinds, "Choose IGEL UMS or XenMobile Server.");
export type TopologyKind = z.infer<typeof topologyKindSchema>;

export const topologyKindInfo: Record<TopologyKind, { label: string; description: string }> = {
  IGEL_UMS: {
    label: "IGEL UMS",
    description:
      "Two or more Universal Management Servers on one shared database, behind one VIP for thin clients, consoles and firmware downloads.",
  },
  XENMOBILE: {
    label: "XenMobile Server",
    description:
      "A XenMobile Server cluster behind an SSL-bridge VIP for device management and an SSL-offload VIP for apps, reached through your Gateway.",
  },
};
