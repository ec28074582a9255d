// The two deployments the product builds. Plain data (no zod), so client components that list
// them stay small; the zod schema for the choice is in kind-schema.ts.
export const topologyKinds = ["IGEL_UMS", "XENMOBILE"] as const;
export type TopologyKind = (typeof topologyKinds)[number];

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
