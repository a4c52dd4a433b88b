import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Toggle from "@cloudscape-design/components/toggle";
import { stagesOf } from "@shared/domain/workflow/workflow-graph.js";
import { useState } from "react";
import { api, type WorkflowGraph } from "../api";
import { cohortApi } from "../cohort-api";
import { POLL_MS, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { LoadError } from "../parts";
import { COLOURS, stateName, VisitedPath, WorkflowGraphLegend } from "./workflow-graph-legend";

/**
 * A workflow as an SVG (a relationship's: 0 Resume … 4 Closure, E Escalation; a cohort's:
 * 0 Resume … 7 Report, C Cancelled): one column per stage, states in the order of their numbers, a Map's item states indented under
 * it inside a dashed frame, transitions as arrows (catches dashed). Visited states are
 * filled and ticked; the current state has a thick border and a "current" tag, so neither
 * depends on colour. The SVG is one image (role="img") whose label says where the
 * execution is; the visited path is also a list below it.
 */

type Node = WorkflowGraph["nodes"][number];

/** Whose workflow: the stages' headings differ. */
export type GraphKind = "relationship" | "cohort";
const COLUMN = 176;
const GAP = 30;
const MARGIN = 12;
const TOP = 34;
const HEIGHT = 44;
const ROW = 56;
const INDENT = 12;
const LINE = 12;
const CHARS = 29;
/**
 * Fitted to the page the drawing shrinks (1230 units into ~900 px at 1280 px wide, so its
 * 10-unit text shows at ~7.5 px); full size draws it this much larger, the smallest text
 * at 12.5 px, and the frame scrolls sideways.
 */
export const FULL_SIZE_SCALE = 1.25;

/** The arrow heads: a transition's, and a walked transition's. */
const ARROWS = [
  { id: "wf-arrow", fill: COLOURS.edge },
  { id: "wf-arrow-visited", fill: COLOURS.edgeVisited },
];

interface Placed {
  node: Node;
  x: number;
  y: number;
  width: number;
}

/** Up to three lines of at most CHARS characters, broken at spaces. */
function wrap(text: string, width = CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  return [
    ...lines.slice(0, 2),
    `${lines
      .slice(2)
      .join(" ")
      .slice(0, width - 1)}…`,
  ];
}

function layout(graph: WorkflowGraph): {
  boxes: Map<string, Placed>;
  width: number;
  height: number;
} {
  const boxes = new Map<string, Placed>();
  const stages = stagesOf(graph);
  let rows = 0;
  stages.forEach((stage, column) => {
    const nodes = graph.nodes.filter((node) => node.stage === stage);
    nodes.forEach((node, row) => {
      const indent = node.parent ? INDENT : 0;
      boxes.set(node.id, {
        node,
        x: MARGIN + column * (COLUMN + GAP) + indent,
        y: TOP + row * ROW,
        width: COLUMN - indent,
      });
    });
    rows = Math.max(rows, nodes.length);
  });
  return {
    boxes,
    width: MARGIN * 2 + stages.length * COLUMN + (stages.length - 1) * GAP,
    height: TOP + rows * ROW + MARGIN,
  };
}

/** A curve from one box to another: sideways between columns, a bulge within one. */
function edgePath(from: Placed, to: Placed): string {
  const fy = from.y + HEIGHT / 2;
  const ty = to.y + HEIGHT / 2;
  if (to.x > from.x + COLUMN / 2) {
    const sx = from.x + from.width;
    const ex = to.x;
    const bend = Math.max(20, (ex - sx) / 2);
    return `M${sx},${fy} C${sx + bend},${fy} ${ex - bend},${ty} ${ex},${ty}`;
  }
  if (to.x + COLUMN / 2 < from.x) {
    // Back to an earlier column (a loop): leave from the top, enter from the top.
    const sx = from.x + from.width / 2;
    const ex = to.x + to.width / 2;
    const lift = Math.min(from.y, to.y) - 10;
    return `M${sx},${from.y} C${sx},${lift} ${ex},${lift} ${ex},${to.y}`;
  }
  // Same column: out of the right side and back in, bulging by the distance.
  const sx = from.x + from.width;
  const ex = to.x + to.width;
  const bulge = Math.max(sx, ex) + Math.min(GAP - 6, 8 + Math.abs(ty - fy) / 12);
  return `M${sx},${fy} C${bulge},${fy} ${bulge},${ty} ${ex},${ty}`;
}

export function WorkflowGraphDrawing({
  graph,
  kind = "relationship",
  fullSize = false,
}: {
  graph: WorkflowGraph;
  kind?: GraphKind;
  fullSize?: boolean;
}) {
  const { t, tn, v, language } = useI18n();
  const { boxes, width, height } = layout(graph);
  const visited = new Set(graph.visited);
  const walked = new Set(graph.visited.slice(1).map((to, i) => `${graph.visited[i]}\u0000${to}`));
  const currentNode = graph.nodes.find((node) => node.id === graph.current);
  const label = t("graphLabel", {
    current: currentNode ? stateName(currentNode, language) : t("none"),
    // "Apmeklēts 1 no 21 stāvokļa" / "1 of 21 states visited": each count agrees on its own.
    visited: tn("graphVisited", visited.size, {
      statesOf: tn("graphStatesOf", graph.nodes.length, { visited: visited.size }),
    }),
    status: v("graphStatus", graph.status ?? "none"),
  });
  const maps = graph.nodes.filter((node) => node.type === "Map");

  return (
    // A frame that scrolls sideways can be focused, so the keyboard scrolls it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus
    <section style={{ overflowX: "auto" }} aria-label={t("graphRegion")} tabIndex={0}>
      <svg
        role="img"
        aria-label={label}
        data-testid="workflow-graph"
        data-current={graph.current ?? ""}
        data-full-size={fullSize}
        viewBox={`0 0 ${width} ${height}`}
        width={fullSize ? width * FULL_SIZE_SCALE : "100%"}
        style={
          fullSize ? { display: "block" } : { minWidth: 900, maxWidth: width, display: "block" }
        }
        fontFamily="'Open Sans', 'Helvetica Neue', Roboto, Arial, sans-serif"
      >
        <defs>
          {ARROWS.map(({ id, fill }) => (
            <marker
              key={id}
              id={id}
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L8,4 L0,8 z" fill={fill} />
            </marker>
          ))}
        </defs>
        {stagesOf(graph).map((stage, column) => (
          <text
            key={stage}
            x={MARGIN + column * (COLUMN + GAP)}
            y={18}
            fontSize={13}
            fontWeight={700}
            fill={COLOURS.text}
          >
            {t(
              `${kind === "cohort" ? "cohortGraphStage" : "graphStage"}_${stage}` as Parameters<
                typeof t
              >[0],
            )}
          </text>
        ))}
        {maps.map((map) => {
          const box = boxes.get(map.id);
          const items = graph.nodes.filter((node) => node.parent === map.id);
          const last = items.map((node) => boxes.get(node.id)).at(-1);
          if (!box || !last) return null;
          return (
            <rect
              key={`frame-${map.id}`}
              x={box.x - 5}
              y={box.y - 5}
              width={box.width + 10}
              height={last.y + HEIGHT - box.y + 10}
              rx={8}
              fill="none"
              stroke={COLOURS.frame}
              strokeDasharray="4 3"
            />
          );
        })}
        {graph.edges.map((edge) => {
          const from = boxes.get(edge.from);
          const to = boxes.get(edge.to);
          if (!from || !to) return null;
          const taken = walked.has(`${edge.from}\u0000${edge.to}`);
          return (
            <path
              key={`${edge.from}->${edge.to}:${edge.kind}`}
              d={edgePath(from, to)}
              fill="none"
              stroke={taken ? COLOURS.edgeVisited : COLOURS.edge}
              strokeWidth={taken ? 2 : 1}
              strokeOpacity={taken ? 1 : 0.6}
              strokeDasharray={edge.kind === "catch" ? "5 3" : undefined}
              markerEnd={taken ? "url(#wf-arrow-visited)" : "url(#wf-arrow)"}
            />
          );
        })}
        {[...boxes.values()].map(({ node, x, y, width: boxWidth }) => {
          const isCurrent = node.id === graph.current;
          const isVisited = visited.has(node.id);
          const name = `${isVisited ? "✓ " : ""}${stateName(node, language)}`;
          const lines = wrap(name, Math.floor(CHARS * (boxWidth / COLUMN)));
          return (
            <g key={node.id} data-state={node.id} data-visited={isVisited} data-current={isCurrent}>
              <rect
                x={x}
                y={y}
                width={boxWidth}
                height={HEIGHT}
                rx={node.type === "Choice" ? 14 : 4}
                fill={isCurrent ? COLOURS.currentFill : isVisited ? COLOURS.visitedFill : "#ffffff"}
                stroke={
                  isCurrent ? COLOURS.current : isVisited ? COLOURS.visitedBorder : COLOURS.border
                }
                strokeWidth={isCurrent ? 4 : isVisited ? 1.5 : 1}
              />
              <text
                x={x + 7}
                y={y + HEIGHT / 2 - ((lines.length - 1) * LINE) / 2 + 4}
                fontSize={10.5}
                fill={COLOURS.text}
                fontWeight={isCurrent ? 700 : 400}
              >
                {lines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one fixed label
                  <tspan key={i} x={x + 7} dy={i === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              {isCurrent && (
                <g>
                  <rect
                    x={x + boxWidth - 92}
                    y={y - 9}
                    width={88}
                    height={16}
                    rx={8}
                    fill={COLOURS.current}
                  />
                  <text
                    x={x + boxWidth - 48}
                    y={y + 3}
                    fontSize={10}
                    fontWeight={700}
                    textAnchor="middle"
                    fill="#ffffff"
                  >
                    {`▶ ${t("graphCurrent")}`}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
    </section>
  );
}

/** The workflow panel of a relationship's or a cohort's detail page; refreshes with the page. */
export function WorkflowGraphPanel(props: { relationshipId: string } | { cohortId: string }) {
  const { t, v } = useI18n();
  const [fullSize, setFullSize] = useState(false);
  const kind: GraphKind = "cohortId" in props ? "cohort" : "relationship";
  const loaded = useLoad(
    () =>
      "cohortId" in props
        ? cohortApi.graph(props.cohortId)
        : api.workflowGraph(props.relationshipId),
    "cohortId" in props ? `cohort-graph:${props.cohortId}` : props.relationshipId,
    POLL_MS,
  );
  const graph = loaded.data;
  return (
    <div data-testid="workflow-panel">
      <Container
        header={
          <Header
            variant="h2"
            description={t("workflowDescription")}
            actions={
              graph ? (
                <StatusIndicator
                  type={
                    graph.status === "RUNNING"
                      ? "in-progress"
                      : graph.status === "SUCCEEDED"
                        ? "success"
                        : graph.status === null
                          ? "stopped"
                          : "error"
                  }
                >
                  {`${t("graphStatus")}: ${v("graphStatus", graph.status ?? "none")}`}
                </StatusIndicator>
              ) : undefined
            }
          >
            {t("workflow")}
          </Header>
        }
      >
        <SpaceBetween size="m">
          <LoadError error={loaded.error} />
          {loaded.loading && !graph ? (
            <StatusIndicator type="loading">{t("loading")}</StatusIndicator>
          ) : null}
          {graph && graph.status === null ? (
            <Box color="text-body-secondary">{t("graphNotStarted")}</Box>
          ) : null}
          {graph ? (
            <Toggle checked={fullSize} onChange={({ detail }) => setFullSize(detail.checked)}>
              {t("graphFullSize")}
            </Toggle>
          ) : null}
          {graph ? <WorkflowGraphDrawing graph={graph} kind={kind} fullSize={fullSize} /> : null}
          {graph ? <WorkflowGraphLegend /> : null}
          {graph && graph.visited.length > 0 ? <VisitedPath graph={graph} /> : null}
        </SpaceBetween>
      </Container>
    </div>
  );
}
