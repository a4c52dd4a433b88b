import Box from "@cloudscape-design/components/box";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import KeyValuePairs from "@cloudscape-design/components/key-value-pairs";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { type CohortAnswerSummary, cohortApi } from "../cohort-api";
import { POLL_MS, useLoad } from "../hooks";
import { MESSAGES, type MessageKey, useI18n } from "../i18n";
import { LoadError } from "../parts";

type Mean = CohortAnswerSummary["surveys"]["survey_end"]["satisfaction"];

/** The forms of the round other than the two surveys, as the community questions. */
const COMMUNITY = ["seminar_attendance", "mentor_again", "mentee_future", "count_me_in"] as const;

/**
 * The round's surveys as counts and means (a mean behind fewer than three answers is
 * hidden) and how the other forms' choices fell; never a comment, never who said what.
 */
export function CohortSurveys({ cohortId }: { cohortId: string }) {
  const { t, language } = useI18n();
  const loaded = useLoad(() => cohortApi.answers(cohortId), `answers:${cohortId}`, POLL_MS);
  const summary = loaded.data;
  const number = new Intl.NumberFormat(language === "lv" ? "lv-LV" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const mean = (m: Mean) =>
    m.hidden ? (
      <Box color="text-body-secondary">{t("cohortSurveyHidden")}</Box>
    ) : m.value === null ? (
      "–"
    ) : (
      number.format(m.value)
    );
  const choice = (key: string) => {
    const places = /^places_(\d+)$/.exec(key);
    if (places) return t("cohortChoice_places", { n: places[1] ?? "" });
    const messageKey = `cohortChoice_${key}`;
    return messageKey in MESSAGES ? t(messageKey as MessageKey) : key;
  };
  return (
    <SpaceBetween size="l">
      <LoadError error={loaded.error} />
      <div data-testid="cohort-surveys">
        <Container
          header={
            <Header variant="h2" description={t("cohortSurveysDescription")}>
              {t("cohortSurveys")}
            </Header>
          }
        >
          {summary ? (
            <ColumnLayout columns={2} variant="text-grid">
              {(["survey_halfway", "survey_end"] as const).map((kind) => {
                const survey = summary.surveys[kind];
                return (
                  <section key={kind} aria-labelledby={`survey-${kind}`}>
                    <Box variant="h3" id={`survey-${kind}`}>
                      {t(`cohortSurvey_${kind}`)}
                    </Box>
                    <KeyValuePairs
                      columns={1}
                      items={[
                        { label: t("cohortSurveyAnswers"), value: String(survey.count) },
                        { label: t("cohortSurveySatisfaction"), value: mean(survey.satisfaction) },
                        { label: t("cohortSurveyRecommend"), value: mean(survey.recommend) },
                        { label: t("cohortSurveyComments"), value: String(survey.comments) },
                      ]}
                    />
                  </section>
                );
              })}
            </ColumnLayout>
          ) : (
            <Box>{t("loading")}</Box>
          )}
        </Container>
      </div>
      <div data-testid="cohort-community-answers">
        <Container header={<Header variant="h2">{t("cohortCommunity")}</Header>}>
          {summary ? (
            <KeyValuePairs
              columns={2}
              items={COMMUNITY.map((kind) => {
                const { count, choices } = summary.counts[kind];
                const split = Object.entries(choices)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([key, n]) => `${choice(key)}: ${n}`)
                  .join(", ");
                return {
                  label: t(`cohortFormKind_${kind}`),
                  value: `${t("cohortSurveyAnswers")}: ${count}${split ? ` (${split})` : ""}`,
                };
              })}
            />
          ) : (
            <Box>{t("loading")}</Box>
          )}
        </Container>
      </div>
    </SpaceBetween>
  );
}
