import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { api, type CohortView } from "../api";
import { POLL_MS, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { AppLink, Empty } from "../parts";
import {
  AgainstTargets,
  CohortStageStatus,
  useCohortName,
  useShortDates,
} from "../parts/cohort-parts";
import { ListPage, matchesText, useList } from "../parts/list-table";
import { followHandler, href } from "../router";

/**
 * The programme's rounds, newest intake first: each one's stage, timetable and counts
 * against its targets; "New cohort" opens the form.
 */
export function CohortsPage() {
  const { t, tn, l } = useI18n();
  const { date, dateTime } = useShortDates();
  const cohortName = useCohortName();
  const loaded = useLoad(async () => (await api.cohorts()).items, "cohorts", POLL_MS);
  const rows = (loaded.data ?? []).map((cohort) => ({
    ...cohort,
    title: cohortName(cohort),
    seminarAt: cohort.seminar.at,
  }));
  type Row = (typeof rows)[number];
  const collection = useList(rows, {
    filtering: {
      filteringFunction: (item: Row, text) => matchesText(text, [item.title, l(item.name)]),
      empty: (
        <Empty>
          <SpaceBetween size="xs">
            <span>{t("noCohorts")}</span>
            <Button href={href("/cohorts/new")} onFollow={followHandler}>
              {t("newCohort")}
            </Button>
          </SpaceBetween>
        </Empty>
      ),
      noMatch: <Empty>{t("noMatches")}</Empty>,
    },
    sorting: {
      defaultState: { sortingColumn: { sortingField: "intakeOpensAt" }, isDescending: true },
    },
    pagination: { pageSize: 20 },
  });

  return (
    <ListPage<Row>
      loaded={loaded}
      title={t("cohortsTitle")}
      description={t("cohortsDescription")}
      matched={collection.filteredItemsCount}
      actions={
        <Button
          variant="primary"
          href={href("/cohorts/new")}
          onFollow={followHandler}
          data-testid="new-cohort"
        >
          {t("newCohort")}
        </Button>
      }
      collection={collection}
      trackBy="cohortId"
      wrapLines
      search={t("searchCohorts")}
      columnDefinitions={[
        {
          id: "name",
          header: t("cohortName"),
          isRowHeader: true,
          sortingField: "title",
          minWidth: 140,
          cell: (c) => (
            <SpaceBetween size="xxs">
              <AppLink to={`/cohorts/${encodeURIComponent(c.cohortId)}`}>{c.title}</AppLink>
              {c.current && <Badge color="blue">{t("cohortCurrentBadge")}</Badge>}
            </SpaceBetween>
          ),
        },
        {
          id: "stage",
          header: t("cohortStage"),
          sortingField: "stage",
          cell: (c) => <CohortStageStatus stage={c.stage} />,
        },
        {
          id: "intake",
          header: t("cohortIntake"),
          sortingField: "intakeOpensAt",
          cell: (c) =>
            t("cohortRange", { from: date(c.intakeOpensAt), to: date(c.intakeClosesAt) }),
        },
        {
          id: "seminar",
          header: t("cohortSeminar"),
          sortingField: "seminarAt",
          cell: (c: CohortView) => (
            <>
              <Box display="block">{dateTime(c.seminar.at)}</Box>
              <Box variant="small" display="block">
                {tn("minutesCount", c.seminar.minutes)}
              </Box>
            </>
          ),
        },
        {
          // The kick-off and the planned end in one column, so the table fits 1280 px.
          id: "running",
          header: t("cohortRunning"),
          sortingField: "kickoffAt",
          cell: (c) => t("cohortRange", { from: date(c.kickoffAt), to: date(c.endsAt) }),
        },
        {
          id: "applicants",
          header: t("cohortApplicants"),
          cell: (c) => (
            <AgainstTargets
              mentees={c.counts.applicants.mentees}
              mentors={c.counts.applicants.mentors}
              targets={c.targets}
            />
          ),
        },
        {
          id: "placed",
          header: t("cohortPlaced"),
          cell: (c) => (
            <>
              <AgainstTargets mentees={c.counts.placedMentees} targets={c.targets} />
              <Box variant="small" display="block">
                {tn("relationshipsCount", c.counts.relationships)}
              </Box>
            </>
          ),
        },
      ]}
    />
  );
}
