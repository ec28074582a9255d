// The topology as a picture: clients → VIPs → virtual servers → service groups → members.
// A server component (plain SVG); the layout is computed by the pure topology core. Each box
// takes keyboard focus and is named by its full, uncut text; the one client part shows that
// text under the focused box (diagram-focus-label.tsx).
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import {
  describeStates,
  diagramLayout,
  type DiagramColumn,
  type ObjectState,
} from "@/lib/topology/diagram";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { DiagramFocusLabel } from "./diagram-focus-label";
import { DiagramNode } from "./diagram-node";

export interface TopologyDiagramProps {
  config: DesiredConfig;
  kind?: TopologyKind;
  /** Read out first by screen readers, e.g. "UMS production". */
  title: string;
  /** Live states by DesiredObject id (the status page); without it nodes are neutral. */
  states?: Partial<Record<string, ObjectState>>;
  className?: string;
}

// SVG ids must be unique in the page; derive them from the content, not from render order.
function idPrefix(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `topology-diagram-${(hash >>> 0).toString(36)}`;
}

function ColumnHeader({ column }: { column: DiagramColumn }) {
  return (
    <text
      x={column.x}
      y={14}
      fontSize={12}
      className="fill-slate-600 font-sans font-semibold dark:fill-slate-400"
    >
      {column.title}
    </text>
  );
}

export function TopologyDiagram({ config, kind, title, states, className }: TopologyDiagramProps) {
  const layout = diagramLayout(config, { kind, stateBadges: states !== undefined });
  const id = idPrefix(`${title}\n${layout.description}`);
  const stateText = states ? describeStates(layout.nodes, states) : "";
  return (
    <figure className={className} data-testid="topology-diagram">
      {/* Below 640 px the picture would shrink past legibility: it scrolls sideways instead. */}
      <DiagramFocusLabel>
        <div className="overflow-x-auto">
          {/* A group, not an image: an image's parts are hidden from assistive technology, and
            every box here is a focusable part with its own name. */}
          <svg
            role="group"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-desc`}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width="100%"
            style={{ maxWidth: Math.round(layout.width * 1.2) }}
            className="mx-auto block h-auto min-w-[640px]"
          >
            <title id={`${id}-title`}>{`Topology diagram: ${title}`}</title>
            <desc id={`${id}-desc`}>
              {[layout.description, stateText].filter(Boolean).join(" ")}
            </desc>
            <defs>
              <marker
                id={`${id}-arrow`}
                viewBox="0 0 8 8"
                refX={8}
                refY={4}
                markerWidth={7}
                markerHeight={7}
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 8 4 L 0 8 z" className="fill-slate-500 dark:fill-slate-400" />
              </marker>
            </defs>
            {layout.columns.map((column) => (
              <ColumnHeader key={column.title} column={column} />
            ))}
            <g fill="none" className="stroke-slate-500 dark:stroke-slate-400">
              {layout.edges.map((edge) => (
                <path
                  key={edge.id}
                  d={edge.path}
                  strokeWidth={1.25}
                  strokeDasharray={edge.dashed ? "4 3" : undefined}
                  markerEnd={`url(#${id}-arrow)`}
                />
              ))}
            </g>
            {layout.nodes.map((node) => (
              <DiagramNode
                key={node.id}
                node={node}
                state={node.objectId ? states?.[node.objectId] : undefined}
              />
            ))}
          </svg>
        </div>
      </DiagramFocusLabel>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Virtual servers show protocol, port and persistence; service groups show protocol and
        whether the client&apos;s IP is forwarded (USIP). Hover a box, or move to it with Tab, for
        its full name and details.
      </figcaption>
    </figure>
  );
}
