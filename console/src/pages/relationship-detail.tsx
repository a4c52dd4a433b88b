import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import ProgressBar from "@cloudscape-design/components/progress-bar";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { api, type RelationshipDetail, type TimelineEvent } from "../api";
import { POLL_MS, useDirectory, useLoad } from "../hooks";
import { type I18n, useI18n } from "../i18n";
import { FORMAT_LABELS, PHASE_LABELS } from "../labels";
import { AppLink, Empty, HealthStatus, LiveRefresh, LoadError } from "../parts";
import { DetailLayout, SummaryPanel } from "../parts/detail";
import { RatingLines } from "../parts/rating-lines";
import { WorkflowGraphPanel } from "../parts/workflow-graph";

/** Timeline event types in words; an unknown type is shown as it is. */
const EVENT_NAMES: Record<string, { lv: string; en: string }> = {
  form_sent: { lv: "Nosūtīta veidlapa", en: "Form sent" },
  consent_accept: { lv: "Piekrita", en: "Consented" },
  consent_decline: { lv: "Atteicās", en: "Declined" },
  introduction_received: { lv: "Saņemts iepazīšanās apraksts", en: "Introduction received" },
  session_invite: { lv: "Kalendāra ielūgums", en: "Calendar invite" },
  session_cancelled: { lv: "Tikšanās atcelta", en: "Session cancelled" },
  mail_undeliverable: { lv: "E-pastu nevar piegādāt", en: "Mail undeliverable" },
  reminder_sent: { lv: "Nosūtīts atgādinājums", en: "Reminder sent" },
  consent_complete: { lv: "Visi piekrita", en: "Everyone consented" },
  mentor_changed: { lv: "Mainīts mentors", en: "Mentor changed" },
  plan_saved: { lv: "Plāns saglabāts", en: "Plan saved" },
  calendar_invites_sent: { lv: "Nosūtīti kalendāra ielūgumi", en: "Calendar invites sent" },
  session_reminder_sent: { lv: "Atgādinājums par tikšanos", en: "Session reminder sent" },
  reflection_received: { lv: "Saņemtas pārdomas", en: "Reflection received" },
  checkpoint_received: { lv: "Saņemta progresa atzīme", en: "Checkpoint received" },
  health_checked: { lv: "Novērtēts stāvoklis", en: "Health checked" },
  escalation_opened: { lv: "Atvērta eskalācija", en: "Escalation opened" },
  escalation_reminder: { lv: "Atgādinājums par eskalāciju", en: "Escalation reminder" },
  escalation_decided: { lv: "Koordinatora lēmums", en: "Coordinator's decision" },
  decision_applied: { lv: "Lēmums izpildīts", en: "Decision applied" },
  pause_ended: { lv: "Pauze beigusies", en: "Pause ended" },
  closure_received: { lv: "Saņemtas noslēguma atbildes", en: "Closing answers received" },
  relationship_closed: { lv: "Attiecības noslēgtas", en: "Relationship closed" },
  closed_by_coordinator: { lv: "Noslēdza koordinators", en: "Closed by the coordinator" },
  certificates_due: { lv: "Sertifikāti sagatavošanā", en: "Certificates due" },
  welcome_sent: { lv: "Nosūtīta sveiciena vēstule", en: "Welcome sent" },
};

function actorName(actor: string, i18n: I18n, name: (id: string) => string) {
  if (actor === "workflow") return i18n.t("actorWorkflow");
  if (actor.startsWith("coordinator:")) return `${i18n.t("actorCoordinator")} (${actor.slice(12)})`;
  return name(actor);
}

function detailText(detail: Record<string, unknown>, name: (id: string) => string) {
  return Object.entries(detail)
    .map(([key, value]) => {
      const shown =
        typeof value === "string" && /participantId|mentorId|menteeId/i.test(key)
          ? name(value)
          : typeof value === "object"
            ? JSON.stringify(value)
            : String(value);
      return `${key}: ${shown}`;
    })
    .join("; ");
}

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
  const i18n = useI18n();
  const { t, v, l, dateTime, language } = i18n;
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
              { label: t("state"), value: <span data-field="state">{r.state}</span> },
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
              r.closeReason && { label: t("closeReason"), value: r.closeReason },
              r.candidates.length > 0 && {
                label: t("candidates"),
                value: r.candidates.map(name).join(", "),
              },
            ]}
          />
        )}
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
        <Table<TimelineEvent>
          variant="container"
          header={
            <Header variant="h2" counter={r ? `(${r.timeline.length})` : undefined}>
              {t("timeline")}
            </Header>
          }
          items={[...(r?.timeline ?? [])].reverse()}
          trackBy="key"
          empty={<Empty>{t("noEvents")}</Empty>}
          wrapLines
          columnDefinitions={[
            { id: "at", header: t("when"), cell: (e) => dateTime(e.at) },
            {
              id: "type",
              header: t("event"),
              isRowHeader: true,
              cell: (e) => EVENT_NAMES[e.type]?.[language] ?? e.type.replaceAll("_", " "),
            },
            { id: "actor", header: t("actor"), cell: (e) => actorName(e.actor, i18n, name) },
            { id: "detail", header: t("details"), cell: (e) => detailText(e.detail, name) },
          ]}
        />
      </SpaceBetween>
    </DetailLayout>
  );
}
