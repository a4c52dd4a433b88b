import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import ProgressBar from "@cloudscape-design/components/progress-bar";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { api, type RelationshipDetail } from "../api";
import { POLL_MS, useDirectory, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { FORMAT_LABELS, PHASE_LABELS } from "../labels";
import { AppLink, Empty, HealthStatus, LiveRefresh, LoadError } from "../parts";
import { DetailLayout, SummaryPanel } from "../parts/detail";
import { OpenForms } from "../parts/open-forms";
import { RatingLines } from "../parts/rating-lines";
import { RelationshipActions } from "../parts/relationship-actions";
import { Timeline } from "../parts/timeline";
import { WorkflowGraphPanel } from "../parts/workflow-graph";
import { stateName } from "../parts/workflow-state-names";

/** The latest percent each participant gave a goal, averaged. */
function latestProgress(goal: RelationshipDetail["goals"][number]): number | undefined {
  const latest = new Map<string, { session: number; percent: number }>();
  for (const entry of goal.progress) {
    const seen = latest.get(entry.participantId);
    if (!seen || entry.session >= seen.session) latest.set(entry.participantId, entry);
  }
  if (latest.size === 0) return undefined;
  const values = [...latest.values()].map((entry) => entry.percent);
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** One line per participant: the mean of the three ratings at each session. */
function RatingTrend({
  ratings,
  name,
}: {
  ratings: RelationshipDetail["ratings"];
  name: (id: string) => string;
}) {
  const { t } = useI18n();
  const byPerson = new Map<string, { x: string; y: number }[]>();
  const sorted = [...ratings].sort((a, b) => a.session - b.session);
  for (const rating of sorted) {
    // A session not held has no ratings: no point on the line.
    if (
      rating.valueRating === undefined ||
      rating.ideasRating === undefined ||
      rating.safetyRating === undefined
    )
      continue;
    const points = byPerson.get(rating.participantId) ?? [];
    const mean = (rating.valueRating + rating.ideasRating + rating.safetyRating) / 3;
    points.push({ x: String(rating.session), y: Math.round(mean * 10) / 10 });
    byPerson.set(rating.participantId, points);
  }
  const sessions = [...new Set(sorted.map((r) => String(r.session)))];
  return (
    <RatingLines
      series={[...byPerson.entries()].map(([id, data]) => ({
        title: name(id),
        type: "line" as const,
        data,
      }))}
      xDomain={sessions}
      xTitle={t("session")}
      label={t("ratingTrend")}
      description={t("ratingTrendDescription")}
    />
  );
}

/** Participants, goals, sessions, ratings and the timeline; refreshes itself. */
export function RelationshipDetailPage({ id }: { id: string }) {
  const { t, v, l, dateTime, language } = useI18n();
  const { name, participants } = useDirectory();
  const loaded = useLoad(() => api.relationship(id), id, POLL_MS);
  const r = loaded.data;
  const title = r
    ? `${name(r.participants.mentorId)} – ${r.participants.menteeIds.map(name).join(", ")}`
    : t("detailTitle");
  const people = r
    ? [
        { id: r.participants.mentorId, role: t("mentor") },
        ...r.participants.menteeIds.map((menteeId) => ({ id: menteeId, role: t("mentee") })),
      ]
    : [];

  return (
    <DetailLayout
      list={{ text: t("navRelationships"), path: "/relationships" }}
      title={title}
      path={`/relationships/${id}`}
      description={<LiveRefresh />}
    >
      <SpaceBetween size="l">
        <LoadError error={loaded.error} />
        {r && (
          <SummaryPanel
            columns={4}
            items={[
              {
                label: t("phase"),
                value: <span data-field="phase">{l(PHASE_LABELS[r.phase])}</span>,
              },
              {
                label: t("state"),
                value: <span data-field="state">{stateName(r.state, language)}</span>,
              },
              { label: t("health"), value: <HealthStatus health={r.health} phase={r.phase} /> },
              { label: t("format"), value: l(FORMAT_LABELS[r.format]) },
              { label: t("cycle"), value: `${r.cycle}/${r.sessionCount}` },
              { label: t("nextDue"), value: dateTime(r.nextDueAt) },
              { label: t("createdAt"), value: dateTime(r.createdAt) },
              {
                label: t("openEscalation"),
                value: r.openEscalationId ? (
                  <AppLink to={`/escalations/${r.openEscalationId}`}>{t("escalation")}</AppLink>
                ) : (
                  t("none")
                ),
              },
              r.pausedUntil && { label: t("pausedUntil"), value: dateTime(r.pausedUntil) },
              r.closeReason && {
                label: t("closeReason"),
                value: v("closeReason", r.closeReason),
              },
              r.candidates.length > 0 && {
                label: t("candidates"),
                value: r.candidates.map(name).join(", "),
              },
            ]}
          />
        )}
        {r && <RelationshipActions relationship={r} reload={loaded.reload} />}
        <WorkflowGraphPanel relationshipId={id} />
        <Table
          variant="container"
          header={<Header variant="h2">{t("participants")}</Header>}
          loading={loaded.loading}
          loadingText={t("loading")}
          items={people}
          trackBy="id"
          empty={<Empty>{t("none")}</Empty>}
          columnDefinitions={[
            { id: "name", header: t("participant"), cell: (p) => name(p.id), isRowHeader: true },
            { id: "role", header: t("role"), cell: (p) => p.role },
            { id: "email", header: t("email"), cell: (p) => participants.get(p.id)?.email ?? "–" },
          ]}
        />
        {r && <OpenForms relationship={r} name={name} reload={loaded.reload} />}
        <Container header={<Header variant="h2">{t("goals")}</Header>}>
          {r && r.goals.length > 0 ? (
            <SpaceBetween size="m">
              {r.goals.map((goal) => {
                const percent = latestProgress(goal);
                return (
                  <ProgressBar
                    key={goal.key}
                    label={goal.title}
                    description={`${t("expectedResult")}: ${goal.measure}`}
                    value={percent ?? 0}
                    additionalInfo={percent === undefined ? t("noProgress") : undefined}
                    ariaLabel={`${t("goal")}: ${goal.title}`}
                  />
                );
              })}
            </SpaceBetween>
          ) : (
            <Box color="text-body-secondary">{t("noGoals")}</Box>
          )}
        </Container>
        <Table
          variant="container"
          header={<Header variant="h2">{t("sessions")}</Header>}
          items={r?.sessions ?? []}
          trackBy="number"
          empty={<Empty>{t("noSessions")}</Empty>}
          columnDefinitions={[
            { id: "number", header: t("session"), cell: (s) => s.number, isRowHeader: true },
            { id: "startsAt", header: t("startsAt"), cell: (s) => dateTime(s.startsAt) },
            {
              id: "held",
              header: t("held"),
              cell: (s) =>
                s.cancelled ? (
                  <StatusIndicator type="stopped">{t("cancelled")}</StatusIndicator>
                ) : s.held === "yes" ? (
                  <StatusIndicator type="success">{t("held_yes")}</StatusIndicator>
                ) : s.held === "no" ? (
                  <StatusIndicator type="error">{t("held_no")}</StatusIndicator>
                ) : (
                  <StatusIndicator type="pending">{t("planned")}</StatusIndicator>
                ),
            },
          ]}
        />
        {r && new Set(r.ratings.map((rating) => rating.session)).size > 1 && (
          <Container
            header={
              <Header variant="h2" description={t("ratingTrendDescription")}>
                {t("ratingTrend")}
              </Header>
            }
          >
            <RatingTrend ratings={r.ratings} name={name} />
          </Container>
        )}
        <Table
          variant="container"
          header={<Header variant="h2">{t("ratings")}</Header>}
          items={r?.ratings ?? []}
          trackBy={(rating) => `${rating.session}-${rating.participantId}`}
          empty={<Empty>{t("noRatings")}</Empty>}
          columnDefinitions={[
            { id: "session", header: t("session"), cell: (x) => x.session },
            {
              id: "participant",
              header: t("participant"),
              cell: (x) => name(x.participantId),
              isRowHeader: true,
            },
            { id: "held", header: t("held"), cell: (x) => v("held", x.held) },
            { id: "value", header: t("valueRating"), cell: (x) => x.valueRating },
            { id: "ideas", header: t("ideasRating"), cell: (x) => x.ideasRating },
            { id: "safety", header: t("safetyRating"), cell: (x) => x.safetyRating },
            {
              id: "notHeld",
              header: t("notHeld"),
              cell: (x) =>
                x.notHeldReason
                  ? [
                      v("notHeldReason", x.notHeldReason),
                      x.proposedDate ? x.proposedDate.replace("T", " ") : "",
                    ]
                      .filter(Boolean)
                      .join("; ")
                  : "–",
            },
            {
              id: "text",
              header: t("sharedText"),
              cell: (x) =>
                x.shared && x.text
                  ? Object.values(x.text).filter(Boolean).join(" / ")
                  : t("notShared"),
            },
            { id: "submittedAt", header: t("when"), cell: (x) => dateTime(x.submittedAt) },
          ]}
        />
        <Timeline events={r?.timeline ?? []} name={name} />
      </SpaceBetween>
    </DetailLayout>
  );
}
