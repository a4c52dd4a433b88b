import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import DatePicker from "@cloudscape-design/components/date-picker";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Textarea from "@cloudscape-design/components/textarea";
import { useState } from "react";
import { api, type RelationshipActionName, type RelationshipDetail } from "../api";
import { errorText } from "../error-text";
import { useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { AppLink } from "../parts";
import { ConfirmModal } from "./confirm-modal";

/** Every action in the order the panel offers them (the API says which are open). */
const ORDER: readonly RelationshipActionName[] = ["replan", "pause", "resume", "close"];

function ActionModal(props: {
  relationshipId: string;
  action: RelationshipActionName;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { relationshipId, action, onClose, onDone } = props;
  const { t, language } = useI18n();
  const notify = useNotify();
  const local = useLocalRuntime();
  const [note, setNote] = useState("");
  const [until, setUntil] = useState("");
  const [errors, setErrors] = useState<{ note?: string; until?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const problems: typeof errors = {};
    const today = new Date(local.now()).toISOString().slice(0, 10);
    if (action === "close" && !note.trim()) problems.note = t("actionReasonRequired");
    if (action === "pause" && (!until || until <= today)) problems.until = t("pauseDateRequired");
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const trimmed = note.trim() ? { note: note.trim() } : {};
      await api.act(
        relationshipId,
        action === "pause"
          ? { action, until, ...trimmed }
          : action === "close"
            ? { action, note: note.trim() }
            : { action, ...trimmed },
      );
      notify({
        id: `action-${relationshipId}`,
        type: "success",
        content: t("actionDone", { action: t(`action_${action}`) }),
      });
      onClose();
      await onDone();
    } catch (caught) {
      setErrors({ form: errorText(caught, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmModal
      header={t(`action_${action}`)}
      confirmLabel={t("actionConfirm")}
      onCancel={onClose}
      onConfirm={() => void submit()}
      busy={busy}
    >
      <SpaceBetween size="m">
        <Box variant="p" data-field="action-consequence">
          {t(`actionWhat_${action}`)}
        </Box>
        {errors.form && <Alert type="error">{errors.form}</Alert>}
        {action === "pause" && (
          <FormField label={t("actionUntil")} description={t("pauseHint")} errorText={errors.until}>
            <DatePicker
              value={until}
              onChange={({ detail }) => setUntil(detail.value)}
              placeholder={language === "lv" ? "GGGG/MM/DD" : "YYYY/MM/DD"}
              openCalendarAriaLabel={(selected) =>
                selected ? `${t("actionUntil")}: ${selected}` : t("actionUntil")
              }
              locale={language === "lv" ? "lv-LV" : "en-GB"}
            />
          </FormField>
        )}
        <FormField
          label={action === "close" ? t("actionReason") : t("actionNote")}
          errorText={errors.note}
        >
          <Textarea value={note} onChange={({ detail }) => setNote(detail.value)} rows={3} />
        </FormField>
      </SpaceBetween>
    </ConfirmModal>
  );
}

/** What a coordinator can do to the relationship now, each with what it will do. */
export function RelationshipActions({
  relationship,
  reload,
}: {
  relationship: RelationshipDetail;
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<RelationshipActionName>();
  const offered = ORDER.filter((action) => relationship.actions.includes(action));
  const why = relationship.openEscalationId ? (
    <AppLink to={`/escalations/${relationship.openEscalationId}`}>
      {t("actionsWhileEscalation")}
    </AppLink>
  ) : relationship.phase === "closed" ? (
    t("actionsClosed")
  ) : relationship.phase === "consent" ? (
    t("actionsConsent")
  ) : undefined;
  return (
    <Container
      header={
        <Header variant="h2" description={t("actionsDescription")}>
          {t("actionsTitle")}
        </Header>
      }
    >
      <SpaceBetween size="s">
        {why && <Box color="text-body-secondary">{why}</Box>}
        {offered.length > 0 && (
          <SpaceBetween direction="horizontal" size="xs">
            {offered.map((action) => (
              <Button key={action} onClick={() => setOpen(action)} data-action={action}>
                {t(`action_${action}`)}
              </Button>
            ))}
          </SpaceBetween>
        )}
      </SpaceBetween>
      {open && (
        <ActionModal
          relationshipId={relationship.relationshipId}
          action={open}
          onClose={() => setOpen(undefined)}
          onDone={reload}
        />
      )}
    </Container>
  );
}
