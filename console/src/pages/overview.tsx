import Box from "@cloudscape-design/components/box";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ReactNode } from "react";
import { api } from "../api";
import { POLL_MS, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { FORM_KIND_LABELS, HEALTHS, PHASE_LABELS, PHASES } from "../labels";
import { AppLink, Empty, HealthStatus, LiveRefresh, LoadError } from "../parts";
import { useEscalationColumns } from "../parts/escalation-columns";
import { ListTable } from "../parts/list-table";

function Figure({ label, value, to }: { label: ReactNode; value: number; to?: string }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      {to ? (
        <AppLink to={to} variant="awsui-value-large">
          {value}
        </AppLink>
      ) : (
        <Box variant="awsui-value-large">{value}</Box>
      )}
    </div>
  );
}

/** Relationships by phase and health, open escalations with their age; refreshes itself. */
export function OverviewPage() {
  const { t, l, age, dateTime } = useI18n();
  const local = useLocalRuntime();
  const loaded = useLoad(
    async () => {
      const [relationships, escalations, overdue] = await Promise.all([
        api.relationships(),
        api.escalations("open"),
        api.overdueForms(),
      ]);
      return {
        relationships: relationships.items,
        escalations: escalations.items,
        overdue: overdue.items,
      };
    },
    "overview",
    POLL_MS,
  );
  const relationships = loaded.data?.relationships ?? [];
  const escalations = loaded.data?.escalations ?? [];
  const overdue = loaded.data?.overdue ?? [];
  const now = local.now();
  const active = relationships.filter((r) => r.phase !== "closed");
  const dueSoon = active.filter(
    (r) => r.nextDueAt && Date.parse(r.nextDueAt) <= now + 7 * 86_400_000,
  ).length;
  const escalationColumns = useEscalationColumns(relationships, false);

  return (
    <ContentLayout
      header={
        <Header variant="h1" description={<LiveRefresh />}>
          {t("overviewTitle")}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <LoadError error={loaded.error} />
        <Container header={<Header variant="h2">{t("byPhase")}</Header>}>
          <ColumnLayout columns={6} variant="text-grid" minColumnWidth={120}>
            <Figure
              label={t("totalRelationships")}
              value={relationships.length}
              to="/relationships"
            />
            {PHASES.map((phase) => (
              <Figure
                key={phase}
                label={l(PHASE_LABELS[phase])}
                value={relationships.filter((r) => r.phase === phase).length}
                to={`/relationships?phase=${phase}`}
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
                to={`/relationships?health=${health}`}
              />
            ))}
            <Figure
              label={<HealthStatus health="paused" phase="closed" />}
              value={relationships.length - active.length}
            />
            <Figure label={t("dueThisWeek")} value={dueSoon} />
            <Figure label={t("formsOverdue")} value={overdue.length} />
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
      </SpaceBetween>
    </ContentLayout>
  );
}
