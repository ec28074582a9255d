// Shapes of the topology diagram: what the pure layout returns and the SVG component draws.

export type DiagramNodeKind =
  "clients" | "gateway" | "vip" | "dns" | "vserver" | "servicegroup" | "member";

/** Live state of one object, as the status page will report it. */
export type ObjectState = "up" | "down" | "unknown" | "out_of_service";

/** What a node says, before it is placed. */
export interface NodeContent {
  /** Unique in the diagram: the DesiredObject id, or "clients" / "vip/<address>". */
  id: string;
  /** The DesiredObject this node draws, when it draws one (VIPs and clients do not). */
  objectId?: string;
  kind: DiagramNodeKind;
  title: string;
  lines: string[];
  /** The node in words, untruncated: tooltip and the diagram's text description. */
  spoken: string;
}

export interface DiagramNode extends Omit<NodeContent, "spoken"> {
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Untruncated text for the node's tooltip. */
  tooltip: string;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  /** SVG path data, in diagram coordinates. */
  path: string;
  /** A name that resolves to an address rather than traffic: drawn dashed. */
  dashed: boolean;
}

export interface DiagramColumn {
  title: string;
  x: number;
  width: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  columns: DiagramColumn[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Plain-language summary for the SVG's <desc> (screen readers). */
  description: string;
}
