import Box from "@cloudscape-design/components/box";
import ButtonDropdown from "@cloudscape-design/components/button-dropdown";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useState } from "react";
import type { Participant } from "../api";
import { DataApiError, dataApi } from "../data-api";
import { errorText } from "../error-text";
import { useDirectory } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { ConfirmModal } from "../parts/confirm-modal";

/** The erasure's refusal in words: a known refusal by its code, else the API's error in words. */
function useEraseError() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (!(error instanceof DataApiError)) return errorText(error, t);
    const issue = error.issues.find((i) => i.path === "confirm");
    if (error.status === 409 && error.code === "relationship_not_closed")
      return t("eraseNotClosed");
    if (issue?.code === "confirmation_mismatch") return t("eraseMismatch");
    if (issue) return t("eraseConfirmRequired");
    return errorText(error, t);
  };
}

function EraseModal(props: {
  participant: Participant;
  onClose: () => void;
  onErased: () => Promise<void>;
}) {
  const { participant, onClose, onErased } = props;
  const { t } = useI18n();
  const notify = useNotify();
  const eraseError = useEraseError();
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!confirm.trim()) {
      setError(t("eraseConfirmRequired"));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const erasure = await dataApi.eraseParticipant(participant.participantId, confirm);
      notify({
        id: `erased-${participant.participantId}`,
        type: "success",
        content: t("erased", { name: participant.name, pseudonym: erasure.pseudonym }),
      });
      onClose();
      await onErased();
    } catch (caught) {
      setError(eraseError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmModal
      header={t("eraseTitle", { name: participant.name })}
      confirmLabel={t("eraseButton")}
      onCancel={onClose}
      onConfirm={() => void submit()}
      busy={busy}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SpaceBetween size="m">
          <Box>{t("eraseIntro")}</Box>
          <FormField
            label={t("eraseConfirmLabel")}
            description={t("eraseConfirmHint")}
            errorText={error}
          >
            <Input
              type="email"
              inputMode="email"
              autoComplete={false}
              value={confirm}
              invalid={error !== undefined}
              onChange={({ detail }) => setConfirm(detail.value)}
            />
          </FormField>
        </SpaceBetween>
      </form>
    </ConfirmModal>
  );
}

/** A participant row's data actions: GDPR export (a JSON file) and erasure (confirmed). */
export function ParticipantDataActions({
  participant,
  onChanged,
}: {
  participant: Participant;
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const directory = useDirectory();
  const [erasing, setErasing] = useState(false);
  const exportData = async () => {
    try {
      const name = await dataApi.exportParticipant(participant.participantId);
      notify({
        id: `export-${participant.participantId}`,
        type: "success",
        content: t("exported", { name }),
      });
    } catch (error) {
      notify({
        id: `export-${participant.participantId}`,
        type: "error",
        content: errorText(error, t),
      });
    }
  };
  return (
    <>
      <ButtonDropdown
        variant="normal"
        ariaLabel={t("dataActionsFor", { name: participant.name })}
        items={[
          { id: "export", text: t("exportData"), iconName: "download" },
          { id: "erase", text: t("eraseData"), iconName: "remove" },
        ]}
        onItemClick={({ detail }) => {
          if (detail.id === "export") void exportData();
          if (detail.id === "erase") setErasing(true);
        }}
      >
        {t("dataActions")}
      </ButtonDropdown>
      {erasing ? (
        <EraseModal
          participant={participant}
          onClose={() => setErasing(false)}
          onErased={async () => {
            await Promise.all([onChanged(), directory.reload()]);
          }}
        />
      ) : null}
    </>
  );
}
