import Alert from "@cloudscape-design/components/alert";
import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Tabs from "@cloudscape-design/components/tabs";
import { useEffect, useState } from "react";
import { ApiError, api } from "../api";
import { POLL_MS, useDirectory, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { FORMAT_LABELS } from "../labels";
import { AppLink, Empty, LiveRefresh, LoadError } from "../parts";
import { CohortDatesModal } from "../parts/cohort-dates-modal";
import { CohortEscalations } from "../parts/cohort-escalations";
import { AgainstTargets, CohortStageStatus, useCohortName } from "../parts/cohort-parts";
import { CohortReportView } from "../parts/cohort-report";
import { CohortSurveys } from "../parts/cohort-surveys";
import { cohortTimelineSentence } from "../parts/cohort-timeline-sentences";
import { DetailLayout, KeyValuePanel, SummaryPanel } from "../parts/detail";
import { SeminarAttendance } from "../parts/seminar-attendance";
import { Timeline } from "../parts/timeline";
import { WorkflowGraphPanel } from "../parts/workflow-graph";

const TABS = ["overview", "seminar", "surveys", "report", "workflow"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL = {
  overview: "cohortTabOverview",
  seminar: "cohortTabSeminar",
  surveys: "cohortTabSurveys",
  report: "cohortTabReport",
  workflow: "cohortTabWorkflow",
} as const;

/** The tab in the address (`?tab=report`), so a reload or a shared link opens it again. */
function tabOfAddress(): Tab {
  const tab = new URLSearchParams(window.location.search).get("tab");
  return (TABS as readonly string[]).includes(tab ?? "") ? (tab as Tab) : "overview";
}

/**
 * One cohort: its stage, its timetable (with "edit dates"), the counts of each stage
 * against its targets and the workflow's questions; in tabs, the seminar attendance, the
 * surveys, the funder's report, and the workflow graph with the cohort's timeline.
 */
export function CohortDetailPage({ id }: { id: string }) {
  const { t, tn, l, dateTime } = useI18n();
  const cohortName = useCohortName();
  const { name } = useDirectory();
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<Tab>(tabOfAddress);
  // Just made by the form (`?created=1`): said once, and not again on a reload.
  const [created, setCreated] = useState(() =>
    new URLSearchParams(window.location.search).has("created"),
  );
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has("created"))
      history.replaceState(history.state, "", window.location.pathname);
  }, []);
  const chooseTab = (next: Tab) => {
    setTab(next);
    const query = next === "overview" ? "" : `?tab=${next}`;
    history.replaceState(history.state, "", `${window.location.pathname}${query}`);
  };
  const loaded = useLoad(() => api.cohort(id), `cohort:${id}`, POLL_MS);
  const cohort = loaded.data;
  const path = `/cohorts/${encodeURIComponent(id)}`;
  const list = { text: t("navCohorts"), path: "/cohorts" };

  if (!cohort) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <DetailLayout list={list} title={t("cohort")} path={path}>
        {missing ? (
          <Empty>{t("cohortNotFound")}</Empty>
        ) : loaded.error ? (
          <LoadError error={loaded.error} />
        ) : (
          <Box>{t("loading")}</Box>
        )}
      </DetailLayout>
    );
  }

  const query = `?cohort=${encodeURIComponent(cohort.cohortId)}`;
  return (
    <DetailLayout list={list} title={cohortName(cohort)} path={path} description={<LiveRefresh />}>
      <SpaceBetween size="l">
        {created && (
          <Alert
            type="success"
            dismissible
            dismissAriaLabel={t("dismiss")}
            onDismiss={() => setCreated(false)}
          >
            {t("cohortCreated", { name: cohortName(cohort) })}
          </Alert>
        )}
        <LoadError error={loaded.error} />
        <Tabs
          ariaLabel={t("cohortTabsLabel")}
          activeTabId={tab}
          onChange={({ detail }) => chooseTab(detail.activeTabId as Tab)}
          tabs={TABS.map((id) => ({
            id,
            label: t(TAB_LABEL[id]),
            content: id === tab ? tabContent(id) : null,
          }))}
        />
      </SpaceBetween>
      {editing && (
        <CohortDatesModal
          cohort={cohort}
          onClose={() => setEditing(false)}
          onSaved={loaded.reload}
        />
      )}
    </DetailLayout>
  );

  function tabContent(id: Tab) {
    if (!cohort) return null;
    switch (id) {
      case "seminar":
        return <SeminarAttendance cohortId={cohort.cohortId} />;
      case "surveys":
        return <CohortSurveys cohortId={cohort.cohortId} />;
      case "report":
        return <CohortReportView cohortId={cohort.cohortId} />;
      case "workflow":
        return (
          <SpaceBetween size="l">
            <WorkflowGraphPanel cohortId={cohort.cohortId} />
            <Timeline
              events={cohort.events ?? []}
              name={name}
              sentence={cohortTimelineSentence}
              title={t("cohortTimeline")}
            />
          </SpaceBetween>
        );
      default:
        return overview();
    }
  }

  function overview() {
    if (!cohort) return null;
    const { counts, targets } = cohort;
    return (
      <SpaceBetween size="l">
        <SummaryPanel
          columns={3}
          items={[
            {
              label: t("cohortStage"),
              value: (
                <SpaceBetween direction="horizontal" size="xs">
                  <span data-field="stage">
                    <CohortStageStatus stage={cohort.stage} />
                  </span>
                  {cohort.current && <Badge color="blue">{t("cohortCurrentBadge")}</Badge>}
                </SpaceBetween>
              ),
            },
            {
              label: t("cohortFormats"),
              value: cohort.formats.map((format) => l(FORMAT_LABELS[format])).join(", "),
            },
            {
              label: t("cohortTargets"),
              value: `${tn("menteesCount", targets.mentees)}, ${tn("mentorsCount", targets.mentors)}`,
            },
            { label: t("cohortNameLv"), value: cohort.name.lv },
            { label: t("cohortNameEn"), value: cohort.name.en },
            { label: t("cohortCreatedAt"), value: dateTime(cohort.createdAt) },
          ]}
        />
        <div data-testid="cohort-timetable">
          <KeyValuePanel
            title={t("cohortTimetable")}
            columns={3}
            actions={
              <Button onClick={() => setEditing(true)} data-testid="edit-dates">
                {t("cohortEditDates")}
              </Button>
            }
            items={[
              { label: t("cohortField_intakeOpensAt"), value: dateTime(cohort.intakeOpensAt) },
              { label: t("cohortField_intakeClosesAt"), value: dateTime(cohort.intakeClosesAt) },
              {
                label: t("cohortSeminar"),
                value: (
                  <>
                    <Box display="block">
                      {t("cohortSeminarWhen", {
                        when: dateTime(cohort.seminar.at),
                        length: tn("minutesCount", cohort.seminar.minutes),
                      })}
                    </Box>
                    <Box display="block" variant="small">
                      <span style={{ overflowWrap: "anywhere" }}>{cohort.seminar.place}</span>
                    </Box>
                  </>
                ),
              },
              { label: t("cohortField_matchingBy"), value: dateTime(cohort.matchingBy) },
              { label: t("cohortField_kickoffAt"), value: dateTime(cohort.kickoffAt) },
              { label: t("cohortField_endsAt"), value: dateTime(cohort.endsAt) },
            ]}
          />
        </div>
        <div data-testid="cohort-counts">
          <KeyValuePanel
            title={t("cohortCounts")}
            columns={4}
            items={[
              {
                label: t("cohortApplicants"),
                value: (
                  <AgainstTargets
                    mentees={counts.applicants.mentees}
                    mentors={counts.applicants.mentors}
                    targets={targets}
                  />
                ),
              },
              {
                label: t("cohortEligible"),
                value: (
                  <AgainstTargets
                    mentees={counts.eligible.mentees}
                    mentors={counts.eligible.mentors}
                    targets={targets}
                  />
                ),
              },
              {
                label: t("cohortPlaced"),
                value: <AgainstTargets mentees={counts.placedMentees} targets={targets} />,
              },
              {
                label: t("cohortRelationships"),
                value: (
                  <SpaceBetween size="xxs">
                    <span>{tn("relationshipsCount", counts.relationships)}</span>
                    <AppLink to={`/participants${query}`}>{t("cohortShowParticipants")}</AppLink>
                    <AppLink to={`/relationships${query}`}>{t("cohortShowRelationships")}</AppLink>
                  </SpaceBetween>
                ),
              },
            ]}
          />
        </div>
        <CohortEscalations cohort={cohort} onDecided={loaded.reload} />
      </SpaceBetween>
    );
  }
}
