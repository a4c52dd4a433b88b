import Box from "@cloudscape-design/components/box";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import Link from "@cloudscape-design/components/link";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ReactNode } from "react";
import { api } from "../api";
import { POLL_MS, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { FORM_KIND_LABELS, HEALTHS, PHASE_LABELS, PHASES } from "../labels";
import { nextSteps } from "../next-steps";
import { AppLink, Empty, HealthStatus, LiveRefresh, LoadError, RelationshipLink } from "../parts";
import { CohortSelect, useCohortFilter } from "../parts/cohort-filter";
import { useEscalationColumns } from "../parts/escalation-columns";
import { ALL, ListTable } from "../parts/list-table";
import { NextSteps } from "../parts/next-steps";

/** A count that links to its list: a page of the console, or (`#...`) a table further down. */
function Figure({ label, value, to }: { label: ReactNode; value: number; to: string }) {
  return (
    <div data-figure={to}>
      <Box variant="awsui-key-label">{label}</Box>
      {to.startsWith("#") ? (
        <Link href={to} variant="awsui-value-large">
          {value}
        </Link>
      ) : (
        <AppLink to={to} variant="awsui-value-large">
          {value}
        </AppLink>
      )}
    </div>
  );
}

/**
 * What to do next, relationships by phase and health (each count links to its list), what is
 * due within a week, the forms overdue and the open escalations with their age; refreshes itself.
 */
export function OverviewPage() {
  const { t, l, age, dateTime } = useI18n();
  const local = useLocalRuntime();
  // One cohort, or all: every figure, list and link of the page follows the choice.
  const cohort = useCohortFilter();
  const chosen = cohort.select.value;
  const also = chosen === ALL ? "" : `cohort=${encodeURIComponent(chosen)}`;
  const listOf = (query = "") =>
    `/relationships${query || also ? `?${[query, also].filter(Boolean).join("&")}` : ""}`;
  const loaded = useLoad(
    async () => {
      const [relationships, escalations, overdue, participants, runs] = await Promise.all([
        api.relationships(),
        api.escalations("open"),
        api.overdueForms(),
        api.participants(),
        api.matchingRuns(),
      ]);
      // The latest run's open proposals: their mentees wait for approval, not for matching.
      const latest = runs.items[0];
      const latestRun =
        latest && latest.pending > 0 ? await api.matchingRun(latest.runId) : undefined;
      return {
        relationships: relationships.items,
        escalations: escalations.items,
        overdue: overdue.items,
        steps: nextSteps({
          participants: participants.items,
          latestRun,
          openEscalations: escalations.items.length,
        }),
      };
    },
    "overview",
    POLL_MS,
  );
  const relationships = (loaded.data?.relationships ?? []).filter(cohort.matches);
  const shown = new Set(relationships.map((r) => r.relationshipId));
  const escalations = (loaded.data?.escalations ?? []).filter((e) => shown.has(e.relationshipId));
  const overdue = (loaded.data?.overdue ?? []).filter((f) => shown.has(f.relationshipId));
  const now = local.now();
  const active = relationships.filter((r) => r.phase !== "closed");
  const dueSoon = active
    .filter((r) => r.nextDueAt && Date.parse(r.nextDueAt) <= now + 7 * 86_400_000)
    .sort((a, b) => (a.nextDueAt ?? "").localeCompare(b.nextDueAt ?? ""));
  const escalationColumns = useEscalationColumns(relationships, false);

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={<LiveRefresh />}
          actions={<CohortSelect select={cohort.select} ariaLabel={cohort.select.label} />}
        >
          {t("overviewTitle")}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <LoadError error={loaded.error} />
        {loaded.data && <NextSteps steps={loaded.data.steps} />}
        <Container header={<Header variant="h2">{t("byPhase")}</Header>}>
          <ColumnLayout columns={6} variant="text-grid" minColumnWidth={120}>
            <Figure label={t("totalRelationships")} value={relationships.length} to={listOf()} />
            {PHASES.map((phase) => (
              <Figure
                key={phase}
                label={l(PHASE_LABELS[phase])}
                value={relationships.filter((r) => r.phase === phase).length}
                to={listOf(`phase=${phase}`)}
              />
            ))}
          </ColumnLayout>
        </Container>
        <Container header={<Header variant="h2">{t("byHealth")}</Header>}>
          <ColumnLayout columns={6} variant="text-grid" minColumnWidth={120}>
            {HEALTHS.map((health) => (
              <Figure
                key={health}
                label={<HealthStatus health={health} />}
                value={active.filter((r) => r.health === health).length}
                to={listOf(`health=${health}`)}
              />
            ))}
            <Figure
              label={<HealthStatus health="paused" phase="closed" />}
              value={relationships.length - active.length}
              to={listOf("phase=closed")}
            />
            <Figure label={t("dueThisWeek")} value={dueSoon.length} to="#due-soon" />
            <Figure label={t("formsOverdue")} value={overdue.length} to="#forms-overdue" />
          </ColumnLayout>
        </Container>
        <ListTable
          variant="container"
          title={t("openEscalations")}
          loading={loaded.loading}
          empty={<Empty>{t("noOpenEscalations")}</Empty>}
          items={escalations}
          trackBy="escalationId"
          columnDefinitions={[
            ...escalationColumns,
            { id: "opened", header: t("openedAt"), cell: (e) => dateTime(e.openedAt) },
            { id: "age", header: t("age"), cell: (e) => age(e.openedAt, now) },
          ]}
        />
        <div id="due-soon">
          <ListTable
            variant="container"
            title={t("dueSoonTitle")}
            loading={loaded.loading}
            empty={<Empty>{t("noDueSoon")}</Empty>}
            items={dueSoon}
            trackBy="relationshipId"
            columnDefinitions={[
              {
                id: "relationship",
                header: t("relationship"),
                isRowHeader: true,
                cell: (r) => <RelationshipLink id={r.relationshipId} relationship={r} />,
              },
              { id: "phase", header: t("phase"), cell: (r) => l(PHASE_LABELS[r.phase]) },
              { id: "nextDue", header: t("nextDue"), cell: (r) => dateTime(r.nextDueAt) },
            ]}
          />
        </div>
        <div id="forms-overdue">
          <ListTable
            variant="container"
            title={t("formsOverdue")}
            loading={loaded.loading}
            empty={<Empty>{t("noFormsOverdue")}</Empty>}
            items={overdue}
            trackBy="formId"
            columnDefinitions={[
              {
                id: "kind",
                header: t("formKind"),
                isRowHeader: true,
                cell: (f) => (
                  <AppLink to={`/relationships/${f.relationshipId}`}>
                    {l(FORM_KIND_LABELS[f.kind])}
                  </AppLink>
                ),
              },
              {
                id: "who",
                header: t("overdueWho"),
                cell: (f) => f.participantName ?? f.participantId,
              },
              { id: "since", header: t("overdueSince"), cell: (f) => dateTime(f.createdAt) },
              { id: "expires", header: t("overdueExpires"), cell: (f) => dateTime(f.expiresAt) },
            ]}
          />
        </div>
      </SpaceBetween>
    </ContentLayout>
  );
}
