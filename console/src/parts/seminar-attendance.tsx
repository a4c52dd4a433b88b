import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Checkbox from "@cloudscape-design/components/checkbox";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { useEffect, useState } from "react";
import { type AttendanceView, cohortApi } from "../cohort-api";
import { errorText } from "../error-text";
import { POLL_MS, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { Empty, LoadError } from "../parts";

type Row = AttendanceView["items"][number];

const ANSWER_TYPE = { yes: "success", no: "stopped", none: "pending" } as const;

/**
 * The information seminar's attendance: each eligible applicant with their answer to the
 * invitation, and a tick per person the coordinator saves as the whole list (once the
 * seminar has begun). Ticks being edited are not overwritten by the page's refresh.
 */
export function SeminarAttendance({ cohortId }: { cohortId: string }) {
  const { t, dateTime } = useI18n();
  const notify = useNotify();
  const loaded = useLoad(() => cohortApi.attendance(cohortId), `attendance:${cohortId}`, POLL_MS);
  const view = loaded.data;
  const [ticked, setTicked] = useState<Set<string>>();
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const saved = new Set(view?.items.filter((r) => r.attended).map((r) => r.participantId));
  const marks = ticked ?? saved;
  const changed =
    ticked !== undefined &&
    (ticked.size !== saved.size || [...ticked].some((id) => !saved.has(id)));

  // A fresh load after saving shows what the server kept.
  useEffect(() => {
    if (!busy && ticked && !changed) setTicked(undefined);
  }, [busy, ticked, changed]);

  const save = async () => {
    setBusy(true);
    setSaveError(undefined);
    try {
      await cohortApi.markAttendance(cohortId, [...marks]);
      notify({
        id: `attendance-${cohortId}`,
        type: "success",
        content: t("cohortAttendanceSaved"),
      });
      await loaded.reload();
      setTicked(undefined);
    } catch (caught) {
      setSaveError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(marks);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };

  return (
    <div data-testid="seminar-attendance">
      <Table<Row>
        variant="container"
        loading={!view && !loaded.error}
        loadingText={t("loading")}
        items={view?.items ?? []}
        trackBy="participantId"
        wrapLines
        header={
          <Header
            variant="h2"
            counter={view ? `(${view.items.length})` : undefined}
            description={t("cohortAttendanceDescription")}
            actions={
              <Button
                variant="primary"
                data-testid="save-attendance"
                loading={busy}
                disabled={!view?.started || !changed}
                onClick={() => void save()}
              >
                {t("cohortAttendanceSave")}
              </Button>
            }
          >
            {t("cohortAttendance")}
          </Header>
        }
        empty={<Empty>{t("noCohortAttendance")}</Empty>}
        footer={
          view && view.items.length > 0 ? (
            <Box>{t("cohortAttendedCount", { n: marks.size, of: view.items.length })}</Box>
          ) : undefined
        }
        columnDefinitions={[
          { id: "name", header: t("participant"), isRowHeader: true, cell: (r) => r.name },
          { id: "role", header: t("role"), cell: (r) => t(`role_${r.role}`) },
          {
            id: "answer",
            header: t("cohortAttendanceAnswer"),
            cell: (r) => (
              <StatusIndicator type={ANSWER_TYPE[r.answer]}>
                {t(`cohortAttendanceAnswer_${r.answer}`)}
              </StatusIndicator>
            ),
          },
          {
            id: "attended",
            header: t("cohortAttended"),
            cell: (r) => (
              <Checkbox
                checked={marks.has(r.participantId)}
                disabled={!view?.started || busy}
                ariaLabel={t("cohortAttendedOf", { name: r.name })}
                onChange={({ detail }) => toggle(r.participantId, detail.checked)}
              />
            ),
          },
        ]}
      />
      <SpaceBetween size="s">
        <LoadError error={loaded.error} />
        {view && !view.started && (
          <Alert type="info">
            {t("cohortAttendanceNotStarted", { when: dateTime(view.seminar.at) })}
          </Alert>
        )}
        {saveError && (
          <Alert type="error" data-testid="attendance-error">
            {saveError}
          </Alert>
        )}
      </SpaceBetween>
    </div>
  );
}
