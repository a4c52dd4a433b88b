import Alert from "@cloudscape-design/components/alert";
import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useEffect, useState } from "react";
import { ApiError, api } from "../api";
import { POLL_MS, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { FORMAT_LABELS } from "../labels";
import { AppLink, Empty, LiveRefresh, LoadError } from "../parts";
import { CohortDatesModal } from "../parts/cohort-dates-modal";
import { AgainstTargets, CohortStageStatus, useCohortName } from "../parts/cohort-parts";
import { DetailLayout, KeyValuePanel, SummaryPanel } from "../parts/detail";

/**
 * One cohort: its stage, its timetable (with "edit dates"), and the counts of each stage
 * against its targets, with links to its participants and relationships.
 */
export function CohortDetailPage({ id }: { id: string }) {
  const { t, tn, l, dateTime } = useI18n();
  const cohortName = useCohortName();
  const [editing, setEditing] = useState(false);
  // Just made by the form (`?created=1`): said once, and not again on a reload.
  const [created, setCreated] = useState(() =>
    new URLSearchParams(window.location.search).has("created"),
  );
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has("created"))
      history.replaceState(history.state, "", window.location.pathname);
  }, []);
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

  const { counts, targets } = cohort;
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
}
