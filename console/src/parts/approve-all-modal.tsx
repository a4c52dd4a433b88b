import Box from "@cloudscape-design/components/box";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { Proposal } from "../api";
import { useDirectory } from "../hooks";
import { useI18n } from "../i18n";
import { ConfirmModal } from "./confirm-modal";

/** The people approving these proposals e-mails: each mentor and mentee once. */
export function peopleOf(proposals: Proposal[]) {
  const mentors = new Set(proposals.map((p) => p.mentorId));
  const mentees = new Set(proposals.flatMap((p) => p.menteeIds));
  return { mentors: mentors.size, mentees: mentees.size, total: mentors.size + mentees.size };
}

/**
 * "Approve all" asks first: how many proposals, how many people get the consent form
 * (mentors and mentees), and the pairs by name.
 */
export function ApproveAllModal(props: {
  proposals: Proposal[];
  visible: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, tn } = useI18n();
  const { name } = useDirectory();
  const people = peopleOf(props.proposals);
  return (
    <ConfirmModal
      visible={props.visible}
      header={tn("approveProposals", props.proposals.length)}
      confirmLabel={t("approveAllConfirm")}
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    >
      <SpaceBetween size="s">
        <Box variant="p" data-testid="approve-all-people">
          <strong>
            {tn("peopleEmailed", people.total)}{" "}
            {`(${t("emailedWho", {
              mentors: tn("mentorsCount", people.mentors),
              mentees: tn("menteesCount", people.mentees),
            })}).`}
          </strong>
        </Box>
        <Box variant="p">{t("approveAllExplain")}</Box>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {props.proposals.map((p) => (
            <li key={p.proposalId}>
              {name(p.mentorId)} – {p.menteeIds.map(name).join(", ")}
            </li>
          ))}
        </ul>
      </SpaceBetween>
    </ConfirmModal>
  );
}
