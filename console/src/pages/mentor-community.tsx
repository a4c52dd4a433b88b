import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import { SECTORS } from "@shared/schemas/reference.js";
import { useState } from "react";
import { cohortApi, type MentorCommunity } from "../cohort-api";
import { errorText } from "../error-text";
import { POLL_MS, useLoad } from "../hooks";
import { MESSAGES, type MessageKey, useI18n } from "../i18n";
import { useNotify } from "../notify";
import { Empty } from "../parts";
import { ConfirmModal } from "../parts/confirm-modal";
import { ListPage, matchesText, useList } from "../parts/list-table";

type Mentor = MentorCommunity["mentors"][number];
type Future = MentorCommunity["futureMentors"][number];

const SECTOR_LABELS = new Map<string, { lv: string; en: string }>(
  SECTORS.map((s) => [s.code, s.label]),
);

/**
 * Every mentor across the rounds, with what they did and said, and a re-invite to the next
 * round (a one-click "count me in" form by e-mail); below, the mentees who would mentor
 * later. Ratings show only where at least three mentees gave them.
 */
export function MentorCommunityPage() {
  const { t, l, dateTime } = useI18n();
  const notify = useNotify();
  const loaded = useLoad(() => cohortApi.community(), "community", POLL_MS);
  const community = loaded.data;
  const [inviting, setInviting] = useState<Mentor>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const number = (value: number | null) =>
    value === null ? "–" : value.toFixed(2).replace(".", l({ lv: ",", en: "." }));

  const collection = useList(community?.mentors ?? [], {
    filtering: {
      filteringFunction: (item: Mentor, text) =>
        matchesText(text, [item.name, item.email, item.organisation ?? ""]),
      empty: <Empty>{t("noCommunityMentors")}</Empty>,
      noMatch: <Empty>{t("noMatches")}</Empty>,
    },
    sorting: { defaultState: { sortingColumn: { sortingField: "name" } } },
    pagination: { pageSize: 25 },
  });

  const reinvite = async (mentor: Mentor) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await cohortApi.reinvite(mentor.participantId);
      notify({
        id: `reinvite-${mentor.participantId}`,
        type: "success",
        content: t(result.mode === "send" ? "communityReinvited" : "communityReminded", {
          name: mentor.name,
        }),
      });
      setInviting(undefined);
      await loaded.reload();
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const next = community?.nextCohort;
  return (
    <SpaceBetween size="l">
      <div data-testid="mentor-community">
        <ListPage<Mentor>
          loaded={loaded}
          title={t("communityTitle")}
          description={
            <SpaceBetween size="xxs">
              <span>{t("communityDescription")}</span>
              {community && (
                <span data-testid="next-cohort">
                  {next
                    ? t("communityNextCohort", {
                        name: l(next.name),
                        when: dateTime(next.matchingBy),
                      })
                    : t("communityNoNextCohort")}
                </span>
              )}
            </SpaceBetween>
          }
          matched={collection.filteredItemsCount}
          collection={collection}
          trackBy="participantId"
          wrapLines
          search={t("searchCommunity")}
          columnDefinitions={[
            {
              id: "name",
              header: t("communityMentor"),
              isRowHeader: true,
              sortingField: "name",
              cell: (m) => (
                <SpaceBetween size="xxxs">
                  <span>{m.name}</span>
                  <Box fontSize="body-s" color="text-body-secondary">
                    {[
                      m.organisation,
                      l(SECTOR_LABELS.get(m.sector) ?? { lv: m.sector, en: m.sector }),
                    ]
                      .filter(Boolean)
                      .join(", ")}
                  </Box>
                </SpaceBetween>
              ),
            },
            {
              id: "cohorts",
              header: t("communityCohorts"),
              cell: (m) => m.cohorts.map((c) => l(c.name)).join(", ") || "–",
            },
            {
              id: "relationships",
              header: t("communityRelationships"),
              cell: (m) => t("communityRelationshipsValue", m.relationships),
            },
            {
              id: "ratings",
              header: t("communityRatings"),
              cell: (m) =>
                m.ratings.hidden ? (
                  <Box color="text-body-secondary">{t("communityRatingsHidden")}</Box>
                ) : m.ratings.raters === 0 ? (
                  "–"
                ) : (
                  t("communityRatingsValue", {
                    value: number(m.ratings.value),
                    ideas: number(m.ratings.ideas),
                    safety: number(m.ratings.safety),
                    raters: m.ratings.raters,
                  })
                ),
            },
            { id: "places", header: t("communityPlaces"), cell: (m) => String(m.places) },
            {
              id: "next",
              header: t("communityNext"),
              cell: (m) => (
                <SpaceBetween size="xxxs">
                  <span>
                    {t(`communityNext_${m.next.answer}`)}
                    {m.next.places !== null
                      ? `, ${t("communityNextPlaces", { n: m.next.places })}`
                      : ""}
                  </span>
                  {m.next.invitedAt && (
                    <Box fontSize="body-s" color="text-body-secondary">
                      {t("communityInvitedAt", { when: dateTime(m.next.invitedAt) })}
                    </Box>
                  )}
                </SpaceBetween>
              ),
            },
            {
              id: "actions",
              header: t("actions"),
              cell: (m) =>
                m.reinvitable ? (
                  <Button
                    ariaLabel={t("communityReinviteOf", { name: m.name })}
                    data-testid="reinvite"
                    onClick={() => {
                      setProblem(undefined);
                      setInviting(m);
                    }}
                  >
                    {t("communityReinvite")}
                  </Button>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      </div>
      <div data-testid="future-mentors">
        <Table<Future>
          variant="container"
          items={community?.futureMentors ?? []}
          trackBy="participantId"
          wrapLines
          loading={!community && !loaded.error}
          loadingText={t("loading")}
          empty={<Empty>{t("noFutureMentors")}</Empty>}
          header={
            <Header
              variant="h2"
              counter={community ? `(${community.futureMentors.length})` : undefined}
              description={t("communityFutureDescription")}
            >
              {t("communityFuture")}
            </Header>
          }
          columnDefinitions={[
            { id: "name", header: t("participant"), isRowHeader: true, cell: (f) => f.name },
            { id: "email", header: t("email"), cell: (f) => f.email },
            { id: "cohort", header: t("communityCohortOf"), cell: (f) => l(f.cohortName) },
            {
              id: "future",
              header: t("communityFutureAnswer"),
              cell: (f) => {
                const key = `communityFuture_${f.future}`;
                return key in MESSAGES ? t(key as MessageKey) : f.future;
              },
            },
            {
              id: "answeredAt",
              header: t("communityAnsweredAt"),
              cell: (f) => dateTime(f.answeredAt),
            },
          ]}
        />
      </div>
      {inviting && next && (
        <ConfirmModal
          header={t("communityReinviteHeader")}
          confirmLabel={t("communityReinvite")}
          onCancel={() => setInviting(undefined)}
          onConfirm={() => void reinvite(inviting)}
          busy={busy}
        >
          <SpaceBetween size="m">
            <Box variant="p">
              {t("communityReinviteText", { name: inviting.name, cohort: l(next.name) })}
            </Box>
            {problem && (
              <Alert type="error" data-testid="reinvite-error">
                {problem}
              </Alert>
            )}
          </SpaceBetween>
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
