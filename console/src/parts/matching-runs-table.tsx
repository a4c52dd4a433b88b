import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import type { MatchingRunSummary } from "../api";
import { useI18n } from "../i18n";
import { Empty } from "../parts";

/** The matching runs kept, newest first; the one shown is marked, any other can be opened. */
export function MatchingRunsTable(props: {
  runs: MatchingRunSummary[];
  loading: boolean;
  shownRunId: string | undefined;
  onOpen: (runId: string) => void;
}) {
  const { t, dateTime } = useI18n();
  return (
    <Table<MatchingRunSummary>
      variant="container"
      items={props.runs}
      loading={props.loading}
      loadingText={t("loading")}
      trackBy="runId"
      wrapLines
      ariaLabels={{ tableLabel: t("matchingRuns") }}
      header={
        <Header
          variant="h2"
          counter={`(${props.runs.length})`}
          description={t("matchingRunsIntro")}
        >
          {t("matchingRuns")}
        </Header>
      }
      empty={<Empty>{t("noRunYet")}</Empty>}
      columnDefinitions={[
        {
          id: "runAt",
          header: t("runAt"),
          isRowHeader: true,
          minWidth: 200,
          cell: (run) =>
            run.runId === props.shownRunId ? (
              <span data-shown-run={run.runId}>
                <strong>{dateTime(run.createdAt)}</strong>{" "}
                <StatusIndicator type="info">{t("runShown")}</StatusIndicator>
              </span>
            ) : (
              <Button
                variant="inline-link"
                ariaLabel={t("openRun", { date: dateTime(run.createdAt) })}
                onClick={() => props.onOpen(run.runId)}
              >
                {dateTime(run.createdAt)}
              </Button>
            ),
        },
        { id: "runBy", header: t("runBy"), cell: (run) => run.createdBy },
        { id: "proposals", header: t("proposals"), cell: (run) => run.proposals },
        { id: "approved", header: t("approvedCount"), cell: (run) => run.approved },
        { id: "pending", header: t("pendingCount"), cell: (run) => run.pending },
        {
          id: "placed",
          header: t("placed"),
          cell: (run) => `${run.placed} / ${run.menteesInPool}`,
        },
      ]}
    />
  );
}
