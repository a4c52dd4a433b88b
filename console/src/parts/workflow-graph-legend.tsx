import Box from "@cloudscape-design/components/box";
import ExpandableSection from "@cloudscape-design/components/expandable-section";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { COHORT_LATVIAN_STATE_NAME } from "@shared/workflow/cohort-state-names";
import type { ReactNode } from "react";
import type { WorkflowGraph } from "../api";
import { type I18n, useI18n } from "../i18n";
import { LATVIAN_STATE_NAME } from "./workflow-state-names";

// The workflow graph's colours, state names, legend and visited path (workflow-graph.tsx
// draws the graph).

type Node = WorkflowGraph["nodes"][number];

export const COLOURS = {
  text: "#000716",
  muted: "#5f6b7a",
  border: "#8c8c94",
  visitedFill: "#d1f1ff",
  visitedBorder: "#0972d3",
  current: "#033160",
  currentFill: "#ffffff",
  edge: "#b6bec9",
  edgeVisited: "#0972d3",
  frame: "#8c8c94",
};

/** The state's number ("3.10"), or "" for a name without one. */
const numberOf = (id: string) => /^([0-9]+|[A-Z])\.[0-9]+(?=\s)/.exec(id)?.[0] ?? "";

/** The state's name in the console's language, with its number. */
export function stateName(node: Pick<Node, "id" | "label">, language: I18n["language"]) {
  const number = numberOf(node.id);
  const latvian = LATVIAN_STATE_NAME.get(node.id) ?? COHORT_LATVIAN_STATE_NAME.get(node.id);
  const label = language === "lv" ? (latvian ?? node.label) : node.label;
  return number ? `${number} ${label}` : label;
}

/** A legend's mark: a state's box or a transition's line, 24 by 12 pixels. */
const BOX = { x: "2", y: "2", width: "24", height: "12" };
const LINE_MARK = {
  x1: "2",
  y1: "8",
  x2: "26",
  y2: "8",
  stroke: COLOURS.muted,
  strokeWidth: "1.5",
};

/** What the marks mean, in words beside the drawing. */
export function WorkflowGraphLegend() {
  const { t } = useI18n();
  const item = (mark: ReactNode, text: string) => (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
      <svg width="28" height="16" aria-hidden="true" focusable="false">
        {mark}
      </svg>
      {text}
    </span>
  );
  return (
    <Box fontSize="body-s" color="text-body-secondary">
      <SpaceBetween direction="horizontal" size="m">
        {item(
          <rect {...BOX} fill="#fff" stroke={COLOURS.current} strokeWidth="3" />,
          `▶ ${t("graphCurrent")}`,
        )}
        {item(
          <rect {...BOX} fill={COLOURS.visitedFill} stroke={COLOURS.visitedBorder} />,
          `✓ ${t("graphVisited")}`,
        )}
        {item(<rect {...BOX} fill="#fff" stroke={COLOURS.border} />, t("graphNotVisited"))}
        {item(<line {...LINE_MARK} />, t("graphChoice"))}
        {item(<line {...LINE_MARK} strokeDasharray="5 3" />, t("graphCatch"))}
        {item(
          <rect {...BOX} rx="3" fill="none" stroke={COLOURS.frame} strokeDasharray="4 3" />,
          t("graphMapItems"),
        )}
      </SpaceBetween>
    </Box>
  );
}

/** The visited path as a list: the same facts as the drawing, for screen readers and search. */
export function VisitedPath({ graph }: { graph: WorkflowGraph }) {
  const { t, tn, language } = useI18n();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (
    <ExpandableSection headerText={tn("graphPath", graph.visited.length)} variant="footer">
      <ol data-testid="workflow-path" style={{ margin: 0 }}>
        {graph.visited.map((id, index) => {
          const node = byId.get(id);
          const last = index === graph.visited.length - 1;
          return (
            // A state can be visited more than once: its place in the path is the key.
            // biome-ignore lint/suspicious/noArrayIndexKey: the path is append-only
            <li key={`${index}-${id}`}>
              {node ? stateName(node, language) : id}
              {last && id === graph.current ? <strong>{` (${t("graphCurrent")})`}</strong> : null}
            </li>
          );
        })}
      </ol>
    </ExpandableSection>
  );
}
