import Button from "@cloudscape-design/components/button";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import Form from "@cloudscape-design/components/form";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import Multiselect from "@cloudscape-design/components/multiselect";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { Format } from "@shared/schemas/reference.js";
import { useState } from "react";
import { ApiError, api } from "../api";
import {
  type CohortFormValues,
  checkCohortForm,
  DATE_FIELDS,
  emptyCohortForm,
  type FieldIssues,
  type FieldPath,
  issuesByField,
} from "../cohort-form-values";
import { errorText } from "../error-text";
import { useI18n } from "../i18n";
import { FORMAT_LABELS, FORMATS } from "../labels";
import { DateTimeField, useIssueText } from "../parts/cohort-parts";
import { DetailLayout } from "../parts/detail";
import { followHandler, href, navigate } from "../router";

/** The id of a field's control, for its label and the tests (`cohort-seminar-at`). */
const controlId = (path: FieldPath) => `cohort-${path.replace(".", "-")}`;

/**
 * A new cohort: names, the timetable in Riga time, the seminar, formats and targets. The
 * form checks what the server checks (the timetable's order from shared/) once it has been
 * sent, and shows the server's 400 issues on their fields; an overlapping intake in words.
 */
export function CohortNewPage() {
  const { t, l } = useI18n();
  const issueText = useIssueText();
  const [values, setValues] = useState<CohortFormValues>(emptyCohortForm);
  const [attempted, setAttempted] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssues>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const checked = checkCohortForm(values);
  const issues: FieldIssues = attempted ? { ...serverIssues, ...checked.issues } : {};
  const error = (path: FieldPath) => issueText(issues[path]);
  const change = (next: (current: CohortFormValues) => CohortFormValues) => {
    setValues(next);
    setServerIssues({});
    setFormError(undefined);
  };

  const submit = async () => {
    setAttempted(true);
    setServerIssues({});
    setFormError(undefined);
    if (!checked.input) return;
    setBusy(true);
    try {
      const created = await api.createCohort(checked.input);
      // The new page says so (messages of the notification bar end with their page).
      navigate(`/cohorts/${encodeURIComponent(created.cohortId)}?created=1`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldIssues.length > 0) {
        const { fields, other } = issuesByField(caught.fieldIssues);
        setServerIssues(fields);
        if (other.length > 0) setFormError(errorText(caught, t));
      } else setFormError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const hasIssues = Object.keys(issues).length > 0;
  const formatOptions = FORMATS.map((code) => ({ value: code, label: l(FORMAT_LABELS[code]) }));
  const text = (path: FieldPath, label: string, value: string, set: (value: string) => void) => (
    <FormField controlId={controlId(path)} label={label} errorText={error(path)}>
      <Input value={value} onChange={({ detail }) => set(detail.value)} />
    </FormField>
  );
  const number = (path: FieldPath, label: string, value: string, set: (value: string) => void) => (
    <FormField controlId={controlId(path)} label={label} errorText={error(path)}>
      <Input
        type="number"
        inputMode="numeric"
        value={value}
        onChange={({ detail }) => set(detail.value)}
      />
    </FormField>
  );

  return (
    <DetailLayout
      list={{ text: t("navCohorts"), path: "/cohorts" }}
      title={t("newCohort")}
      path="/cohorts/new"
      description={t("newCohortDescription")}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Form
          errorText={formError ?? (hasIssues ? t("cohortCheckFields") : undefined)}
          errorIconAriaLabel={t("error")}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                variant="link"
                formAction="none"
                href={href("/cohorts")}
                onFollow={followHandler}
              >
                {t("cancel")}
              </Button>
              <Button variant="primary" loading={busy} data-testid="create-cohort">
                {t("cohortCreate")}
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container
              header={
                <Header variant="h2" description={t("cohortNameHint")}>
                  {t("cohortName")}
                </Header>
              }
            >
              <ColumnLayout columns={2}>
                {text("name.lv", t("cohortNameLv"), values.name.lv, (lv) =>
                  change((c) => ({ ...c, name: { ...c.name, lv } })),
                )}
                {text("name.en", t("cohortNameEn"), values.name.en, (en) =>
                  change((c) => ({ ...c, name: { ...c.name, en } })),
                )}
              </ColumnLayout>
            </Container>
            <Container
              header={
                <Header variant="h2" description={t("cohortTimetableDescription")}>
                  {t("cohortTimetable")}
                </Header>
              }
            >
              <ColumnLayout columns={2}>
                {DATE_FIELDS.map((field) => (
                  <DateTimeField
                    key={field}
                    id={controlId(field)}
                    label={t(`cohortField_${field}`)}
                    value={values.dates[field]}
                    errorText={error(field)}
                    onChange={(value) =>
                      change((c) => ({ ...c, dates: { ...c.dates, [field]: value } }))
                    }
                  />
                ))}
                {number("seminar.minutes", t("cohortSeminarMinutes"), values.minutes, (minutes) =>
                  change((c) => ({ ...c, minutes })),
                )}
                <FormField
                  controlId={controlId("seminar.place")}
                  label={t("cohortSeminarPlace")}
                  description={t("cohortSeminarPlaceHint")}
                  errorText={error("seminar.place")}
                >
                  <Input
                    value={values.place}
                    onChange={({ detail }) => change((c) => ({ ...c, place: detail.value }))}
                  />
                </FormField>
              </ColumnLayout>
            </Container>
            <Container header={<Header variant="h2">{t("cohortTargets")}</Header>}>
              <SpaceBetween size="m">
                <FormField
                  controlId={controlId("formats")}
                  label={t("cohortFormats")}
                  errorText={error("formats")}
                >
                  <Multiselect
                    options={formatOptions}
                    selectedOptions={formatOptions.filter((o) => values.formats.includes(o.value))}
                    placeholder={t("cohortChooseFormats")}
                    deselectAriaLabel={(option) => `${t("cohortRemoveFormat")}: ${option.label}`}
                    onChange={({ detail }) =>
                      change((c) => ({
                        ...c,
                        formats: detail.selectedOptions.map((o) => o.value as Format),
                      }))
                    }
                  />
                </FormField>
                <ColumnLayout columns={2}>
                  {number(
                    "targets.mentees",
                    t("cohortTargetMentees"),
                    values.targets.mentees,
                    (mentees) => change((c) => ({ ...c, targets: { ...c.targets, mentees } })),
                  )}
                  {number(
                    "targets.mentors",
                    t("cohortTargetMentors"),
                    values.targets.mentors,
                    (mentors) => change((c) => ({ ...c, targets: { ...c.targets, mentors } })),
                  )}
                </ColumnLayout>
              </SpaceBetween>
            </Container>
          </SpaceBetween>
        </Form>
      </form>
    </DetailLayout>
  );
}
