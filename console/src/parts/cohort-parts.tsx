import Box from "@cloudscape-design/components/box";
import DatePicker from "@cloudscape-design/components/date-picker";
import FormField from "@cloudscape-design/components/form-field";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator, {
  type StatusIndicatorProps,
} from "@cloudscape-design/components/status-indicator";
import TimeInput from "@cloudscape-design/components/time-input";
import type { CohortStage } from "@shared/schemas/cohort.js";
import type { ReactNode } from "react";
import type { CohortView } from "../api";
import type { LocalDateTime } from "../cohort-form-values";
import { MESSAGES, type MessageKey, useI18n } from "../i18n";

const STAGE_STATUS: Record<CohortStage, StatusIndicatorProps.Type> = {
  planned: "pending",
  intake: "in-progress",
  seminar: "in-progress",
  matching: "in-progress",
  kickoff: "in-progress",
  running: "in-progress",
  closing: "in-progress",
  report: "in-progress",
  closed: "success",
  cancelled: "stopped",
};

/** A cohort's stage in words, with its icon (never colour alone). */
export function CohortStageStatus({ stage }: { stage: CohortStage }) {
  const { t } = useI18n();
  return (
    <StatusIndicator type={STAGE_STATUS[stage] ?? "info"}>
      {t(`cohortStage_${stage}`)}
    </StatusIndicator>
  );
}

/** A field's problem in words: `not_before_kickoffAt` -> "The seminar must be before…". */
export function useIssueText() {
  const { t } = useI18n();
  return (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    const key = `cohortIssue_${code}`;
    return key in MESSAGES ? t(key as MessageKey) : t("cohortIssue_invalid");
  };
}

const SHORT_DATE = {
  lv: new Intl.DateTimeFormat("lv-LV", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Europe/Riga",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Europe/Riga",
  }),
};
const SHORT_TIME = new Intl.DateTimeFormat("lv-LV", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Riga",
});

/** Dates in figures for the list's narrow columns, Riga time: "21.03.2028." and "14:30". */
export function useShortDates() {
  const { language } = useI18n();
  return {
    date: (iso: string) => SHORT_DATE[language].format(new Date(iso)),
    dateTime: (iso: string) =>
      `${SHORT_DATE[language].format(new Date(iso))} ${SHORT_TIME.format(new Date(iso))}`,
  };
}

/** A cohort's name in the console's language. */
export function useCohortName() {
  const { language } = useI18n();
  return (cohort: Pick<CohortView, "name">) => cohort.name[language];
}

/** "12 / 20 mentorējamo" and "3 / 5 mentori": counts against the targets, one per line. */
export function AgainstTargets({
  mentees,
  mentors,
  targets,
}: {
  mentees: number;
  mentors?: number;
  targets: CohortView["targets"];
}) {
  const { tn } = useI18n();
  return (
    <>
      <Box display="block">{tn("menteesOfTarget", targets.mentees, { n: mentees })}</Box>
      {mentors !== undefined && (
        <Box display="block">{tn("mentorsOfTarget", targets.mentors, { n: mentors })}</Box>
      )}
    </>
  );
}

/**
 * One time of the timetable: a date picker and a time input (Riga time) under one label.
 * Each control is named by the label and its own word ("… datums", "… laiks").
 */
export function DateTimeField({
  id,
  label,
  value,
  onChange,
  errorText,
  description,
}: {
  id: string;
  label: string;
  value: LocalDateTime;
  onChange: (value: LocalDateTime) => void;
  errorText?: string;
  description?: ReactNode;
}) {
  const { t, language } = useI18n();
  const dateId = `${id}-date`;
  const labelId = `${dateId}-label`;
  return (
    <FormField
      controlId={dateId}
      label={label}
      description={description}
      constraintText={t("cohortDateTimeHint")}
      errorText={errorText}
    >
      <SpaceBetween direction="horizontal" size="xs">
        <DatePicker
          ariaLabelledby={`${labelId} ${id}-date-word`}
          value={value.date}
          onChange={({ detail }) => onChange({ ...value, date: detail.value })}
          placeholder={language === "lv" ? "GGGG/MM/DD" : "YYYY/MM/DD"}
          openCalendarAriaLabel={(selected) =>
            selected ? `${label}: ${selected}` : `${label}: ${t("cohortDateWord")}`
          }
          locale={language === "lv" ? "lv-LV" : "en-GB"}
        />
        <TimeInput
          controlId={`${id}-time`}
          ariaLabelledby={`${labelId} ${id}-time-word`}
          format="hh:mm"
          placeholder="hh:mm"
          value={value.time}
          onChange={({ detail }) => onChange({ ...value, time: detail.value })}
        />
      </SpaceBetween>
      <span id={`${id}-date-word`} hidden>
        {t("cohortDateWord")}
      </span>
      <span id={`${id}-time-word`} hidden>
        {t("cohortTimeWord")}
      </span>
    </FormField>
  );
}
