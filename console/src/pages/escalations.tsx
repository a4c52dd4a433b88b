import { useCollection } from "@cloudscape-design/collection-hooks";
import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import Toggle from "@cloudscape-design/components/toggle";
import { useState } from "react";
import { api, type Escalation } from "../api";
import { POLL_MS, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { DECISION_LABELS, ESCALATION_REASONS, PHASE_LABELS } from "../labels";
import { AppLink, Empty, LoadError, usePeople, useTableLabels } from "../parts";

export function SeverityStatus({ severity }: { severity: Escalation["severity"] }) {
  const { v } = useI18n();
  return (
    <StatusIndicator type={severity === "high" ? "error" : "warning"}>
      {v("severity", severity)}
    </StatusIndicator>
  );
}

/** The queue: reason, severity, age and relationship, oldest first. */
export function EscalationsPage() {
  const { t, v, l, age, dateTime } = useI18n();
  const local = useLocalRuntime();
  const names = usePeople();
  const labels = useTableLabels();
  const [showDecided, setShowDecided] = useState(false);
  const loaded = useLoad(
    async () => {
      const [escalations, relationships] = await Promise.all([
        api.escalations(showDecided ? undefined : "open"),
        api.relationships(),
      ]);
      return { escalations: escalations.items, relationships: relationships.items };
    },
    String(showDecided),
    POLL_MS,
  );
  const byId = new Map((loaded.data?.relationships ?? []).map((r) => [r.relationshipId, r]));
  const now = local.now();
  const { items, collectionProps, paginationProps } = useCollection(
    loaded.data?.escalations ?? [],
    {
      sorting: { defaultState: { sortingColumn: { sortingField: "openedAt" } } },
      pagination: { pageSize: 25 },
    },
  );

  return (
    <>
      <LoadError error={loaded.error} />
      <Table<Escalation>
        {...collectionProps}
        variant="full-page"
        loading={loaded.loading}
        loadingText={t("loading")}
        items={items}
        trackBy="escalationId"
        ariaLabels={{ tableLabel: t("escalationsTitle") }}
        header={
          <Header
            variant="h1"
            counter={`(${loaded.data?.escalations.length ?? 0})`}
            actions={
              <Toggle
                checked={showDecided}
                onChange={({ detail }) => setShowDecided(detail.checked)}
              >
                {t("showDecided")}
              </Toggle>
            }
          >
            {t("escalationsTitle")}
          </Header>
        }
        empty={<Empty>{t("noEscalations")}</Empty>}
        pagination={<Pagination {...paginationProps} ariaLabels={labels.pagination} />}
        columnDefinitions={[
          {
            id: "reason",
            header: t("reason"),
            isRowHeader: true,
            sortingField: "reason",
            cell: (e) => (
              <AppLink to={`/escalations/${e.escalationId}`}>
                {l(ESCALATION_REASONS[e.reason].label)}
              </AppLink>
            ),
          },
          {
            id: "severity",
            header: t("severity"),
            sortingField: "severity",
            cell: (e) => <SeverityStatus severity={e.severity} />,
          },
          {
            id: "relationship",
            header: t("relationship"),
            cell: (e) => {
              const relationship = byId.get(e.relationshipId);
              const who = relationship ? names(relationship) : undefined;
              return (
                <AppLink to={`/relationships/${e.relationshipId}`}>
                  {who ? `${who.mentor} – ${who.mentees}` : e.relationshipId}
                </AppLink>
              );
            },
          },
          {
            id: "phase",
            header: t("phase"),
            sortingField: "phase",
            cell: (e) => l(PHASE_LABELS[e.phase]),
          },
          {
            id: "status",
            header: t("status"),
            sortingField: "status",
            cell: (e) =>
              e.status === "open" ? (
                <StatusIndicator type="warning">{v("status", e.status)}</StatusIndicator>
              ) : (
                <StatusIndicator type="success">
                  {v("status", e.status)}: {e.decision ? l(DECISION_LABELS[e.decision]) : ""}
                </StatusIndicator>
              ),
          },
          {
            id: "openedAt",
            header: t("openedAt"),
            sortingField: "openedAt",
            cell: (e) => dateTime(e.openedAt),
          },
          {
            id: "age",
            header: t("age"),
            cell: (e) => (e.status === "open" ? age(e.openedAt, now) : "–"),
          },
        ]}
      />
    </>
  );
}
