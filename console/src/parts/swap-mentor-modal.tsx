import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import FormField from "@cloudscape-design/components/form-field";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Textarea from "@cloudscape-design/components/textarea";
import { useEffect, useState } from "react";
import { api, type Proposal } from "../api";
import { errorText } from "../error-text";
import { useDirectory } from "../hooks";
import { useI18n } from "../i18n";
import { ConfirmModal } from "./confirm-modal";
import { ONE_DECIMAL } from "./proposal-explanation";

/** Another mentor for a still-proposed proposal: from its alternatives or any mentor, with a reason. */
export function SwapMentorModal(props: {
  proposal: Proposal | undefined;
  onClose: () => void;
  onSwapped: (proposal: Proposal) => void;
}) {
  const { t, tn, number } = useI18n();
  const { participants, name } = useDirectory();
  const [mentorId, setMentorId] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ mentor?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const proposal = props.proposal;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new proposal starts a clean form
  useEffect(() => {
    setMentorId("");
    setReason("");
    setErrors({});
  }, [proposal?.proposalId]);
  if (!proposal) return null;

  const alternatives = proposal.alternatives.map((a) => ({
    value: a.mentorId,
    label: `${name(a.mentorId)} (${number(a.score, ONE_DECIMAL)}; ${tn("placesLeft", a.remainingCapacity)})`,
  }));
  const others = [...participants.values()]
    .filter(
      (p) =>
        p.role === "mentor" &&
        p.status === "eligible" &&
        p.confirmation === "confirmed" &&
        p.participantId !== proposal.mentorId &&
        !alternatives.some((a) => a.value === p.participantId),
    )
    .map((p) => ({ value: p.participantId, label: p.name }));
  const options = [
    ...(alternatives.length > 0 ? [{ label: t("alternatives"), options: alternatives }] : []),
    ...(others.length > 0 ? [{ label: t("mentor"), options: others }] : []),
  ];
  const selected = [...alternatives, ...others].find((o) => o.value === mentorId) ?? null;

  const submit = async () => {
    const problems: typeof errors = {};
    if (!mentorId) problems.mentor = t("mentorRequired");
    if (reason.trim().length < 3) problems.reason = t("swapReasonRequired");
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      props.onSwapped(await api.swapMentor(proposal.proposalId, mentorId, reason.trim()));
    } catch (caught) {
      setErrors({ form: errorText(caught, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmModal
      header={t("swapTitle")}
      confirmLabel={t("swap")}
      onCancel={props.onClose}
      onConfirm={() => void submit()}
      busy={busy}
    >
      <SpaceBetween size="m">
        {errors.form && <Alert type="error">{errors.form}</Alert>}
        <Box>
          {t("mentor")}: {name(proposal.mentorId)}; {t("mentees")}:{" "}
          {proposal.menteeIds.map(name).join(", ")}
        </Box>
        <FormField label={t("newMentor")} errorText={errors.mentor}>
          <Select
            selectedOption={selected}
            options={options}
            placeholder={t("chooseMentor")}
            onChange={({ detail }) => setMentorId(detail.selectedOption.value ?? "")}
          />
        </FormField>
        <FormField label={t("swapReason")} errorText={errors.reason}>
          <Textarea value={reason} onChange={({ detail }) => setReason(detail.value)} rows={3} />
        </FormField>
      </SpaceBetween>
    </ConfirmModal>
  );
}
