import Box from "@cloudscape-design/components/box";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { api } from "../api";
import { POLL_MS, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { ESCALATION_REASONS, FORM_KIND_LABELS, HEALTHS, PHASE_LABELS, PHASES } from "../labels";
import { AppLink, Empty, HealthStatus, LoadError, usePeople } from "../parts";

function Figure({ label, value, to }: { label: string; value: number; to?: string }) {
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
  const { t, v, l, age, dateTime } = useI18n();
  const local = useLocalRuntime();
  const names = usePeople();
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
  const byId = new Map(relationships.map((r) => [r.relationshipId, r]));

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={<StatusIndicator type="info">{t("liveRefresh")}</StatusIndicator>}
        >
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
              <div key={health}>
                <Box variant="awsui-key-label">
                  <HealthStatus health={health} />
                </Box>
                <AppLink to={`/relationships?health=${health}`} variant="awsui-value-large">
                  {active.filter((r) => r.health === health).length}
                </AppLink>
              </div>
            ))}
            <div>
              <Box variant="awsui-key-label">
                <HealthStatus health="paused" phase="closed" />
              </Box>
              <Box variant="awsui-value-large">{relationships.length - active.length}</Box>
            </div>
            <Figure label={t("dueThisWeek")} value={dueSoon} />
            <Figure label={t("formsOverdue")} value={overdue.length} />
          </ColumnLayout>
        </Container>
        <Table
          variant="container"
          loading={loaded.loading}
          loadingText={t("loading")}
          header={
            <Header variant="h2" counter={`(${escalations.length})`}>
              {t("openEscalations")}
            </Header>
          }
          empty={<Empty>{t("noOpenEscalations")}</Empty>}
          items={escalations}
          trackBy="escalationId"
          columnDefinitions={[
            {
              id: "reason",
              header: t("reason"),
              cell: (e) => (
                <AppLink to={`/escalations/${e.escalationId}`}>
                  {l(ESCALATION_REASONS[e.reason].label)}
                </AppLink>
              ),
              isRowHeader: true,
            },
            {
              id: "severity",
              header: t("severity"),
              cell: (e) => (
                <StatusIndicator type={e.severity === "high" ? "error" : "warning"}>
                  {v("severity", e.severity)}
                </StatusIndicator>
              ),
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
            { id: "phase", header: t("phase"), cell: (e) => l(PHASE_LABELS[e.phase]) },
            { id: "opened", header: t("openedAt"), cell: (e) => dateTime(e.openedAt) },
            { id: "age", header: t("age"), cell: (e) => age(e.openedAt, now) },
          ]}
        />
        <Table
          variant="container"
          loading={loaded.loading}
          loadingText={t("loading")}
          header={
            <Header variant="h2" counter={`(${overdue.length})`}>
              {t("formsOverdue")}
            </Header>
          }
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
