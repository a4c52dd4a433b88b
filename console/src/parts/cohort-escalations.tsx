import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import {
  COHORT_ESCALATION_REASONS,
  cohortEscalationFigures,
} from "@shared/domain/cohorts/workflow/cohort-escalation-reasons.js";
import type { CohortDecision } from "@shared/schemas/cohort-escalation.js";
import { useState } from "react";
import { ApiError, type CohortView } from "../api";
import { type CohortEscalation, cohortApi } from "../cohort-api";
import { isoToRiga, type LocalDateTime, rigaToIso } from "../cohort-form-values";
import { errorText } from "../error-text";
import { useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { Empty } from "../parts";
import { DateTimeField, useIssueText } from "./cohort-parts";
import { ConfirmModal } from "./confirm-modal";

const STATUS_TYPE = { open: "warning", decided: "success", timed_out: "info" } as const;

/**
 * The cohort workflow's questions (intake short of the targets, matching late, relationships
 * not closed): the figures behind each and, while it is open, its decisions.
 */
export function CohortEscalations({
  cohort,
  onDecided,
}: {
  cohort: CohortView;
  onDecided: () => Promise<void>;
}) {
  const { t, language, dateTime } = useI18n();
  const [deciding, setDeciding] = useState<{
    escalation: CohortEscalation;
    decision: CohortDecision;
  }>();
  const items = cohort.escalations ?? [];
  const open = items.filter((e) => e.status === "open").length;
  return (
    <div data-testid="cohort-escalations">
      <Table<CohortEscalation>
        variant="container"
        items={items}
        trackBy="escalationId"
        wrapLines
        header={
          <Header
            variant="h2"
            counter={open > 0 ? `(${open})` : undefined}
            description={t("cohortEscalationsDescription")}
          >
            {t("cohortEscalations")}
          </Header>
        }
        empty={<Empty>{t("noCohortEscalations")}</Empty>}
        columnDefinitions={[
          {
            id: "reason",
            header: t("cohortEscalationReason"),
            isRowHeader: true,
            cell: (e) => COHORT_ESCALATION_REASONS[e.reason].label[language],
          },
          { id: "opened", header: t("cohortEscalationOpened"), cell: (e) => dateTime(e.openedAt) },
          {
            id: "figures",
            header: t("cohortEscalationFigures"),
            cell: (e) => (
              <SpaceBetween size="xxxs">
                {cohortEscalationFigures(e.detail, language).map(({ label, text }) => (
                  <Box key={label} fontSize="body-s">{`${label}: ${text}`}</Box>
                ))}
              </SpaceBetween>
            ),
          },
          {
            id: "status",
            header: t("cohortEscalationStatus"),
            cell: (e) => (
              <SpaceBetween size="xxxs">
                <StatusIndicator type={STATUS_TYPE[e.status]}>
                  {t(`cohortEscalationStatus_${e.status}`)}
                </StatusIndicator>
                {e.decision && (
                  <Box fontSize="body-s">
                    {`${t(`cohortDecision_${e.decision}`)}${
                      e.until ? ` ${t("cohortDecisionUntil", { when: dateTime(e.until) })}` : ""
                    }${e.decidedAt ? `, ${dateTime(e.decidedAt)}` : ""}`}
                  </Box>
                )}
              </SpaceBetween>
            ),
          },
          {
            id: "actions",
            header: t("cohortEscalationActions"),
            cell: (e) =>
              e.status === "open" ? (
                <SpaceBetween direction="horizontal" size="xs">
                  {COHORT_ESCALATION_REASONS[e.reason].decisions.map((decision) => (
                    <Button
                      key={decision}
                      data-testid={`decide-${decision}`}
                      ariaLabel={`${t(`cohortDecision_${decision}`)}: ${COHORT_ESCALATION_REASONS[e.reason].label[language]}`}
                      onClick={() => setDeciding({ escalation: e, decision })}
                    >
                      {t(`cohortDecision_${decision}`)}
                    </Button>
                  ))}
                </SpaceBetween>
              ) : (
                "–"
              ),
          },
        ]}
      />
      {deciding && (
        <DecideModal
          cohort={cohort}
          {...deciding}
          onClose={() => setDeciding(undefined)}
          onDecided={onDecided}
        />
      )}
    </div>
  );
}

/** One decision to confirm: an extension asks for the new date (Riga time), any for a note. */
function DecideModal({
  cohort,
  escalation,
  decision,
  onClose,
  onDecided,
}: {
  cohort: CohortView;
  escalation: CohortEscalation;
  decision: CohortDecision;
  onClose: () => void;
  onDecided: () => Promise<void>;
}) {
  const { t, dateTime } = useI18n();
  const notify = useNotify();
  const local = useLocalRuntime();
  const issueText = useIssueText();
  const info = COHORT_ESCALATION_REASONS[escalation.reason];
  const before = info.extends.before(cohort);
  // A week on (the programme's clock), or halfway to the next stage when that is sooner.
  const [until, setUntil] = useState<LocalDateTime>(() => {
    const now = local.now();
    const limit = before ? (now + Date.parse(before)) / 2 : Number.POSITIVE_INFINITY;
    return isoToRiga(new Date(Math.min(now + 7 * 86_400_000, limit)).toISOString());
  });
  const [note, setNote] = useState("");
  const [untilError, setUntilError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setFormError(undefined);
    setUntilError(undefined);
    const iso = decision === "extend" ? rigaToIso(until) : undefined;
    if (decision === "extend" && !iso) {
      setUntilError(t("cohortUntilRequired"));
      return;
    }
    setBusy(true);
    try {
      await cohortApi.decide(cohort.cohortId, {
        escalationId: escalation.escalationId,
        decision,
        ...(iso ? { until: iso } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      notify({
        id: `cohort-decision-${escalation.escalationId}`,
        type: "success",
        content: t("cohortDecided", { decision: t(`cohortDecision_${decision}`) }),
      });
      onClose();
      await onDecided();
    } catch (caught) {
      const issue =
        caught instanceof ApiError ? caught.fieldIssues.find((i) => i.path === "until") : undefined;
      if (issue) setUntilError(issueText(issue.code));
      else setFormError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmModal
      header={t(`cohortDecideHeader_${decision}`)}
      confirmLabel={t(`cohortDecision_${decision}`)}
      onCancel={onClose}
      onConfirm={() => void confirm()}
      busy={busy}
    >
      <SpaceBetween size="m">
        <Box variant="p">{t(`cohortDecideText_${decision}`)}</Box>
        {formError && (
          <Alert type="error" data-testid="cohort-decision-error">
            {formError}
          </Alert>
        )}
        {decision === "extend" && (
          <DateTimeField
            id="decide-until"
            label={t(`cohortExtendField_${info.extends.field}`)}
            value={until}
            onChange={(value) => {
              setUntil(value);
              setUntilError(undefined);
            }}
            description={before ? t("cohortExtendBefore", { when: dateTime(before) }) : undefined}
            errorText={untilError}
          />
        )}
        <FormField label={t("cohortDecideNote")} controlId="decide-note">
          <Input
            controlId="decide-note"
            value={note}
            onChange={({ detail }) => setNote(detail.value)}
          />
        </FormField>
      </SpaceBetween>
    </ConfirmModal>
  );
}
