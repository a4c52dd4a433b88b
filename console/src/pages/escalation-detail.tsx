import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import DatePicker from "@cloudscape-design/components/date-picker";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import Textarea from "@cloudscape-design/components/textarea";
import { useState } from "react";
import { api, type Decision } from "../api";
import { errorText } from "../error-text";
import { POLL_MS, useDirectory, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { DECISION_LABELS, DECISIONS, ESCALATION_REASONS, PHASE_LABELS } from "../labels";
import { useNotify } from "../notify";
import { LoadError, RelationshipLink } from "../parts";
import { DetailLayout, SummaryPanel } from "../parts/detail";
import { SeverityStatus } from "../parts/escalation-columns";
import { evidenceSentence } from "../parts/evidence-sentences";

const BUTTON_VARIANT: Record<Decision, "primary" | "normal"> = {
  continue: "primary",
  extend: "normal",
  replan: "normal",
  rematch: "normal",
  pause: "normal",
  close: "normal",
};

/** One escalation: the evidence and the decision that resumes the workflow. */
export function EscalationDetailPage({ id }: { id: string }) {
  const { t, v, l, dateTime, age, language } = useI18n();
  const notify = useNotify();
  const local = useLocalRuntime();
  const { name } = useDirectory();
  const loaded = useLoad(
    async () => {
      const [escalations, relationships] = await Promise.all([
        api.escalations(),
        api.relationships(),
      ]);
      const escalation = escalations.items.find((e) => e.escalationId === id);
      const relationship = relationships.items.find(
        (r) => r.relationshipId === escalation?.relationshipId,
      );
      return { escalation, relationship };
    },
    id,
    POLL_MS,
  );
  const [note, setNote] = useState("");
  const [until, setUntil] = useState("");
  const [busy, setBusy] = useState<Decision>();
  const [errors, setErrors] = useState<{ note?: string; until?: string; form?: string }>({});

  const escalation = loaded.data?.escalation;
  const relationship = loaded.data?.relationship;
  const title = escalation ? l(ESCALATION_REASONS[escalation.reason].label) : t("escalation");

  const decide = async (decision: Decision) => {
    const problems: typeof errors = {};
    const today = new Date(local.now()).toISOString().slice(0, 10);
    if (decision === "pause" && (!until || until <= today)) problems.until = t("pauseDateRequired");
    if (decision === "close" && note.trim().length === 0) problems.note = t("closeReasonRequired");
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(decision);
    try {
      await api.decide(id, {
        decision,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(decision === "pause" ? { until } : {}),
      });
      notify({ id: `decided-${id}`, type: "success", content: t("decisionSaved") });
      setNote("");
      await loaded.reload();
    } catch (caught) {
      setErrors({ form: errorText(caught, t) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <DetailLayout
      list={{ text: t("navEscalations"), path: "/escalations" }}
      title={title}
      path={`/escalations/${id}`}
    >
      <SpaceBetween size="l">
        <LoadError error={loaded.error} />
        {!loaded.loading && !escalation && !loaded.error && (
          <Alert type="error">{t("escalationNotFound")}</Alert>
        )}
        {escalation && (
          <SummaryPanel
            columns={3}
            items={[
              {
                label: t("relationship"),
                value: (
                  <RelationshipLink id={escalation.relationshipId} relationship={relationship} />
                ),
              },
              { label: t("severity"), value: <SeverityStatus severity={escalation.severity} /> },
              {
                label: t("whereStopped"),
                value: `${l(PHASE_LABELS[escalation.phase])}, ${t("cycle").toLowerCase()} ${escalation.cycle}`,
              },
              { label: t("openedAt"), value: dateTime(escalation.openedAt) },
              {
                label: t("age"),
                value: escalation.status === "open" ? age(escalation.openedAt, local.now()) : "–",
              },
              {
                label: t("status"),
                value: <span data-field="escalation-status">{v("status", escalation.status)}</span>,
              },
              ...(escalation.decision
                ? [
                    { label: t("decision"), value: l(DECISION_LABELS[escalation.decision]) },
                    { label: t("decidedBy"), value: escalation.decidedBy ?? "–" },
                    { label: t("decidedAt"), value: dateTime(escalation.decidedAt) },
                    escalation.note && { label: t("note"), value: escalation.note },
                    escalation.pauseUntil && {
                      label: t("pausedUntil"),
                      value: dateTime(escalation.pauseUntil),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {escalation && (
          <Table
            variant="container"
            header={<Header variant="h2">{t("evidence")}</Header>}
            items={escalation.evidence.map((item, index) => ({ ...item, index }))}
            trackBy="index"
            wrapLines
            columnDefinitions={[
              {
                id: "reason",
                header: t("reason"),
                isRowHeader: true,
                cell: (item) => l(ESCALATION_REASONS[item.reason].label),
              },
              {
                id: "detail",
                header: t("details"),
                cell: (item) => evidenceSentence(item, language, { name, dateTime }),
              },
            ]}
          />
        )}
        {escalation?.status === "open" && (
          <Container header={<Header variant="h2">{t("decision")}</Header>}>
            <SpaceBetween size="m">
              {errors.form && <Alert type="error">{errors.form}</Alert>}
              <FormField label={t("note")} description={t("noteHint")} errorText={errors.note}>
                <Textarea value={note} onChange={({ detail }) => setNote(detail.value)} rows={3} />
              </FormField>
              <FormField
                label={t("pauseUntil")}
                description={t("pauseHint")}
                errorText={errors.until}
              >
                <DatePicker
                  value={until}
                  onChange={({ detail }) => setUntil(detail.value)}
                  placeholder={language === "lv" ? "GGGG/MM/DD" : "YYYY/MM/DD"}
                  openCalendarAriaLabel={(selected) =>
                    selected ? `${t("pauseUntil")}: ${selected}` : t("pauseUntil")
                  }
                  locale={language === "lv" ? "lv-LV" : "en-GB"}
                />
              </FormField>
              <Box variant="h3">{t("decisionWhatTitle")}</Box>
              <SpaceBetween size="m">
                {DECISIONS.map((decision) => (
                  <SpaceBetween key={decision} size="xxs">
                    <Button
                      variant={BUTTON_VARIANT[decision]}
                      loading={busy === decision}
                      disabled={busy !== undefined && busy !== decision}
                      onClick={() => void decide(decision)}
                    >
                      {l(DECISION_LABELS[decision])}
                    </Button>
                    <Box color="text-body-secondary" data-decision-what={decision}>
                      {t(`decisionWhat_${decision}`)}
                    </Box>
                  </SpaceBetween>
                ))}
              </SpaceBetween>
            </SpaceBetween>
          </Container>
        )}
      </SpaceBetween>
    </DetailLayout>
  );
}
