import { useState } from "react";
import { api, type Escalation } from "../api";
import { POLL_MS, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { DECISION_LABELS } from "../labels";
import { Empty, LoadError, StatusBadge } from "../parts";
import { useEscalationColumns } from "../parts/escalation-columns";
import { ListTable, ShowToggle, useList } from "../parts/list-table";

/** The queue: reason, severity, age and relationship, oldest first. */
export function EscalationsPage() {
  const { t, v, l, age, dateTime } = useI18n();
  const local = useLocalRuntime();
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
  const now = local.now();
  const escalationColumns = useEscalationColumns(loaded.data?.relationships ?? [], true);
  const collection = useList(loaded.data?.escalations ?? [], {
    sorting: { defaultState: { sortingColumn: { sortingField: "openedAt" } } },
    pagination: { pageSize: 25 },
  });

  return (
    <>
      <LoadError error={loaded.error} />
      <ListTable<Escalation>
        title={t("escalationsTitle")}
        actions={
          <ShowToggle checked={showDecided} onChange={setShowDecided} label={t("showDecided")} />
        }
        loading={loaded.loading}
        collection={collection}
        trackBy="escalationId"
        empty={<Empty>{t("noEscalations")}</Empty>}
        columnDefinitions={[
          ...escalationColumns,
          {
            id: "status",
            header: t("status"),
            sortingField: "status",
            cell: (e) => {
              const decided = e.status !== "open";
              const decision = e.decision ? l(DECISION_LABELS[e.decision]) : "";
              return (
                <StatusBadge
                  type={decided ? "success" : "warning"}
                  text={v("status", e.status)}
                  detail={decided ? decision : undefined}
                />
              );
            },
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
