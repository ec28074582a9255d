// Column layout: every tree entry gets a block as tall as the larger of its own box (with
// attached DNS boxes) and its children's blocks; the box is centred in its block and the
// children are centred under it. Sources (column 0) are centred on the VIPs they reach and
// pushed down when they would overlap.
import type { DiagramModel, TreeEntry } from "./model";
import {
  ATTACH_GAP,
  BADGE_WIDTH,
  COL_GAP,
  HEADER_HEIGHT,
  LINE_SIZE,
  MARGIN,
  MAX_WIDTH,
  MIN_WIDTH,
  PAD_X,
  ROOT_GAP,
  TITLE_SIZE,
  V_GAP,
  fit,
  fitName,
  nodeHeight,
  textWidth,
} from "./measure";
import type { DiagramColumn, DiagramEdge, DiagramNode, NodeContent } from "./types";

const COLUMN_TITLES = ["Clients", "VIPs", "Virtual servers", "Service groups", "Members"];

interface Placed {
  content: NodeContent;
  column: number;
  y: number;
}

function contentWidth(content: NodeContent, badge: boolean): number {
  const widest = content.lines.reduce(
    (max, l) => Math.max(max, textWidth(l.length, LINE_SIZE)),
    textWidth(content.title.length, TITLE_SIZE),
  );
  return widest + PAD_X * 2 + (badge && content.objectId ? BADGE_WIDTH : 0);
}

const height = (c: NodeContent) => nodeHeight(c.lines.length);
const ownHeight = (e: TreeEntry) =>
  e.attached.reduce((sum, a) => sum + ATTACH_GAP + height(a), height(e.content));

function blockHeight(entry: TreeEntry): number {
  return Math.max(ownHeight(entry), childrenSpan(entry));
}

function childrenSpan(entry: TreeEntry): number {
  if (!entry.children.length) return 0;
  const sum = entry.children.reduce((total, c) => total + blockHeight(c), 0);
  return sum + V_GAP * (entry.children.length - 1);
}

function placeTree(
  entry: TreeEntry,
  top: number,
  out: Placed[],
  edges: Array<[string, string, boolean]>,
) {
  const block = blockHeight(entry);
  let y = top + (block - ownHeight(entry)) / 2;
  let above = entry.content;
  out.push({ content: entry.content, column: entry.column, y });
  for (const attached of entry.attached) {
    y += height(above) + ATTACH_GAP;
    above = attached;
    out.push({ content: attached, column: entry.column, y });
    edges.push([attached.id, entry.content.id, true]);
  }
  let childTop = top + (block - childrenSpan(entry)) / 2;
  for (const child of entry.children) {
    placeTree(child, childTop, out, edges);
    edges.push([entry.content.id, child.content.id, false]);
    childTop += blockHeight(child) + V_GAP;
  }
}

export function placeModel(model: DiagramModel, options: { stateBadges: boolean }) {
  const placed: Placed[] = [];
  const links: Array<[string, string, boolean]> = [];
  let top = HEADER_HEIGHT;
  for (const root of model.roots) {
    placeTree(root, top, placed, links);
    top += blockHeight(root) + ROOT_GAP;
  }
  const centre = (id: string) => {
    const p = placed.find((n) => n.content.id === id);
    return p ? p.y + height(p.content) / 2 : HEADER_HEIGHT;
  };
  let free = HEADER_HEIGHT;
  for (const source of model.sources) {
    const wanted = source.targets.reduce((s, t) => s + centre(t), 0) / (source.targets.length || 1);
    const y = Math.max(free, wanted - height(source.content) / 2);
    placed.push({ content: source.content, column: 0, y });
    for (const target of source.targets) links.push([source.content.id, target, false]);
    free = y + height(source.content) + V_GAP;
  }
  for (const extra of model.extraEdges) links.push([extra.from, extra.to, false]);

  const columns: DiagramColumn[] = [];
  let x = MARGIN;
  COLUMN_TITLES.forEach((title, index) => {
    const inColumn = placed.filter((p) => p.column === index);
    const wanted = inColumn.reduce(
      (max, p) => Math.max(max, contentWidth(p.content, options.stateBadges)),
      MIN_WIDTH,
    );
    const width = Math.ceil(Math.min(MAX_WIDTH, wanted));
    columns.push({ title, x, width });
    x += width + COL_GAP;
  });

  const nodes: DiagramNode[] = placed.map(({ content, column, y }) => {
    const col = columns[column] ?? { x: 0, width: MIN_WIDTH };
    const inner = col.width - PAD_X * 2;
    const titleRoom = inner - (options.stateBadges && content.objectId ? BADGE_WIDTH : 0);
    const { spoken, ...rest } = content;
    return {
      ...rest,
      title: fitName(content.title, titleRoom, TITLE_SIZE),
      lines: content.lines.map((l) => fit(l, inner, LINE_SIZE)),
      tooltip: spoken.charAt(0).toUpperCase() + spoken.slice(1),
      column,
      x: col.x,
      y: Math.round(y),
      width: col.width,
      height: height(content),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: DiagramEdge[] = links.flatMap(([from, to, dashed]) => {
    const a = byId.get(from);
    const b = byId.get(to);
    return a && b ? [{ id: `${from}->${to}`, from, to, dashed, path: edgePath(a, b, dashed) }] : [];
  });
  const bottom = nodes.reduce((max, n) => Math.max(max, n.y + n.height), HEADER_HEIGHT);
  return { columns, nodes, edges, width: x - COL_GAP + MARGIN, height: Math.ceil(bottom + MARGIN) };
}

function edgePath(from: DiagramNode, to: DiagramNode, vertical: boolean): string {
  if (vertical) {
    // A DNS box sits under its VIP: a straight line up from the box to the VIP.
    const cx = Math.round(to.x + to.width / 2);
    return `M ${cx} ${from.y} L ${cx} ${to.y + to.height}`;
  }
  const x1 = from.x + from.width;
  const y1 = Math.round(from.y + from.height / 2);
  const x2 = to.x;
  const y2 = Math.round(to.y + to.height / 2);
  const bend = Math.round((x2 - x1) / 2);
  return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
}
