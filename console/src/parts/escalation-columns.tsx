import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { TableProps } from "@cloudscape-design/components/table";
import type { Escalation, RelationshipSummary } from "../api";
import { useI18n } from "../i18n";
import { ESCALATION_REASONS, PHASE_LABELS } from "../labels";
import { AppLink, RelationshipLink } from "../parts";

/** The severity in words, high as an error and medium as a warning. */
export function SeverityStatus({ severity }: { severity: Escalation["severity"] }) {
  const { v } = useI18n();
  return (
    <StatusIndicator type={severity === "high" ? "error" : "warning"}>
      {v("severity", severity)}
    </StatusIndicator>
  );
}

/**
 * The columns every list of escalations starts with: the reason (a link to the escalation),
 * the severity, the relationship by its people (a link to it) and the phase. With
 * `sortable`, the table's collection sorts by the reason, the severity and the phase.
 */
export function useEscalationColumns(
  relationships: readonly RelationshipSummary[],
  sortable: boolean,
): TableProps.ColumnDefinition<Escalation>[] {
  const { t, l } = useI18n();
  const byId = new Map(relationships.map((r) => [r.relationshipId, r]));
  const sortBy = (field: keyof Escalation) => (sortable ? { sortingField: field } : {});
  return [
    {
      id: "reason",
      header: t("reason"),
      isRowHeader: true,
      ...sortBy("reason"),
      cell: (e) => (
        <AppLink to={`/escalations/${e.escalationId}`}>
          {l(ESCALATION_REASONS[e.reason].label)}
        </AppLink>
      ),
    },
    {
      id: "severity",
      header: t("severity"),
      ...sortBy("severity"),
      cell: (e) => <SeverityStatus severity={e.severity} />,
    },
    {
      id: "relationship",
      header: t("relationship"),
      cell: (e) => (
        <RelationshipLink id={e.relationshipId} relationship={byId.get(e.relationshipId)} />
      ),
    },
    { id: "phase", header: t("phase"), ...sortBy("phase"), cell: (e) => l(PHASE_LABELS[e.phase]) },
  ];
}
