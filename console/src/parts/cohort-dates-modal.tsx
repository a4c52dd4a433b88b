import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useState } from "react";
import { ApiError, api, type CohortView } from "../api";
import {
  checkDates,
  DATE_FIELDS,
  type DateField,
  datesOf,
  datesPatch,
  type FieldIssues,
  issuesByField,
  type LocalDateTime,
  rigaToIso,
} from "../cohort-form-values";
import { errorText } from "../error-text";
import { useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { DateTimeField, useIssueText } from "./cohort-parts";
import { ConfirmModal } from "./confirm-modal";

/**
 * The cohort's timetable to move: the dates as they are, the checks of the new form, and
 * only the dates that moved sent (PATCH). A refusal for a stage that has begun (409) stays
 * in the dialog, in words.
 */
export function CohortDatesModal({
  cohort,
  onClose,
  onSaved,
}: {
  cohort: CohortView;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const local = useLocalRuntime();
  const issueText = useIssueText();
  const [dates, setDates] = useState<Record<DateField, LocalDateTime>>(() => datesOf(cohort));
  const [issues, setIssues] = useState<FieldIssues>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setFormError(undefined);
    const checked = checkDates(dates);
    setIssues(checked.issues);
    if (!checked.iso) return;
    const patch = datesPatch(cohort, checked.iso);
    if (Object.keys(patch).length === 0) {
      setFormError(t("cohortNothingChanged"));
      return;
    }
    setBusy(true);
    try {
      await api.updateCohort(cohort.cohortId, patch);
      notify({
        id: `cohort-dates-${cohort.cohortId}`,
        type: "success",
        content: t("cohortDatesSaved"),
      });
      onClose();
      await onSaved();
    } catch (caught) {
      const fields = caught instanceof ApiError ? issuesByField(caught.fieldIssues).fields : {};
      setIssues(fields);
      if (Object.keys(fields).length === 0) setFormError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const passed = (value: LocalDateTime) => {
    const iso = rigaToIso(value);
    return iso !== undefined && Date.parse(iso) <= local.now();
  };

  return (
    <ConfirmModal
      header={t("cohortEditDates")}
      confirmLabel={t("cohortSaveDates")}
      onCancel={onClose}
      onConfirm={() => void save()}
      busy={busy}
    >
      <SpaceBetween size="m">
        <Box variant="p">{t("cohortEditDatesDescription")}</Box>
        {formError && (
          <Alert type="error" data-testid="cohort-dates-error">
            {formError}
          </Alert>
        )}
        {DATE_FIELDS.map((field) => (
          <DateTimeField
            key={field}
            id={`edit-${field.replace(".", "-")}`}
            label={t(`cohortField_${field}`)}
            value={dates[field]}
            description={passed(datesOf(cohort)[field]) ? t("cohortDatePassed") : undefined}
            errorText={issueText(issues[field])}
            onChange={(value) => {
              setDates((current) => ({ ...current, [field]: value }));
              setIssues({});
              setFormError(undefined);
            }}
          />
        ))}
      </SpaceBetween>
    </ConfirmModal>
  );
}
