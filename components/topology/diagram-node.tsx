import { cn } from "@/components/ui/cn";
import {
  BADGE_WIDTH,
  LINE_SIZE,
  PAD_X,
  TITLE_SIZE,
  baseline,
  type DiagramNode as Node,
  type ObjectState,
} from "@/lib/topology/diagram";
import { kindClasses, stateClasses, stateGlyphs, stateWords } from "./diagram-styles";

/**
 * One box of the topology diagram; `data-object-id` lets the status page find it. It takes
 * keyboard focus and is named by its full text, which the box itself may cut.
 */
export function DiagramNode({ node, state }: { node: Node; state?: ObjectState }) {
  const radius = BADGE_WIDTH / 2 - 2;
  const fullName = state ? `${node.tooltip}: ${stateWords[state]}` : node.tooltip;
  return (
    <g
      tabIndex={0}
      role="img"
      aria-label={fullName}
      data-full-name={fullName}
      className="group outline-none"
      transform={`translate(${node.x} ${node.y})`}
      data-node-id={node.id}
      data-object-id={node.objectId}
      data-kind={node.kind}
      data-state={state}
    >
      <title>{fullName}</title>
      {/* The focus ring: an outline on an SVG group is drawn unreliably across browsers. */}
      <rect
        x={-3}
        y={-3}
        width={node.width + 6}
        height={node.height + 6}
        rx={8}
        fill="none"
        strokeWidth={2.5}
        className="stroke-sky-600 opacity-0 group-focus:opacity-100 dark:stroke-sky-400"
      />
      <rect
        width={node.width}
        height={node.height}
        rx={6}
        strokeWidth={state ? 2 : 1.25}
        strokeDasharray={node.kind === "dns" || state === "unknown" ? "4 3" : undefined}
        className={cn(
          kindClasses[node.kind].fill,
          state ? stateClasses[state].box : kindClasses[node.kind].stroke,
        )}
      />
      <text
        x={PAD_X}
        y={baseline(0)}
        fontSize={TITLE_SIZE}
        className="fill-slate-900 font-mono font-semibold dark:fill-slate-50"
      >
        {node.title}
      </text>
      {node.lines.map((line, index) => (
        <text
          key={index}
          x={PAD_X}
          y={baseline(index + 1)}
          fontSize={LINE_SIZE}
          className="fill-slate-700 font-mono dark:fill-slate-300"
        >
          {line}
        </text>
      ))}
      {state ? (
        <g
          transform={`translate(${node.width - PAD_X / 2 - radius} ${PAD_X / 2 + radius})`}
          aria-hidden="true"
        >
          <circle r={radius} className={stateClasses[state].badge} />
          <text
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={10}
            className="fill-white font-sans font-bold"
          >
            {stateGlyphs[state]}
          </text>
        </g>
      ) : null}
    </g>
  );
}
