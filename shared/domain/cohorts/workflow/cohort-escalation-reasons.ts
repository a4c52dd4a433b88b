import { type Language, type Localized, localized } from "../../../i18n/localized.js";
import type { Cohort } from "../../../schemas/cohort.js";
import type { CohortDecision, CohortEscalationReason } from "../../../schemas/cohort-escalation.js";
import { closingByOf } from "./load-cohort.js";

/**
 * Every reason the cohort workflow asks the coordinator, in one table: what the console
 * reads, which decisions it offers, the date an extension moves, and the escalation's id
 * (one per deadline, so an extended stage that falls short again asks again).
 */
export interface CohortEscalationReasonInfo {
  label: Localized;
  decisions: readonly CohortDecision[];
  /** The cohort field an extension moves, and the latest the new date may be. */
  extends: {
    field: "intakeClosesAt" | "matchingBy" | "closingBy";
    before: (cohort: Cohort) => string | undefined;
  };
  deadline: (cohort: Cohort) => string;
}

export const COHORT_ESCALATION_REASONS: Record<CohortEscalationReason, CohortEscalationReasonInfo> =
  {
    intake_shortfall: {
      label: localized("Pieteikumu mazāk par mērķi", "Fewer applications than the target"),
      decisions: ["extend", "go_on", "cancel"],
      extends: { field: "intakeClosesAt", before: (c) => c.matchingBy },
      deadline: (c) => c.intakeClosesAt,
    },
    matching_late: {
      label: localized("Savietošana nav pabeigta termiņā", "Matching not done by the deadline"),
      decisions: ["extend", "go_on", "cancel"],
      extends: { field: "matchingBy", before: (c) => c.kickoffAt },
      deadline: (c) => c.matchingBy,
    },
    stragglers: {
      label: localized("Attiecības nav noslēgtas", "Relationships not closed"),
      decisions: ["extend", "go_on"],
      extends: { field: "closingBy", before: () => undefined },
      deadline: (c) => new Date(closingByOf(c)).toISOString(),
    },
  };

export const cohortEscalationId = (cohort: Cohort, reason: CohortEscalationReason) =>
  `${reason}-${Date.parse(COHORT_ESCALATION_REASONS[reason].deadline(cohort)).toString(36)}`;

/** The figures an escalation carries, named (the e-mail and the console list them). */
const DETAIL_LABELS: Record<string, Localized> = {
  mentees: localized("Atbilstoši mentorējamie", "Eligible mentees"),
  mentors: localized("Atbilstoši mentori", "Eligible mentors"),
  targets: localized("Mērķis (mentorējamie / mentori)", "Target (mentees / mentors)"),
  placed: localized("Mentorējamie ar pāri", "Mentees matched"),
  unplaced: localized("Mentorējamie bez pāra", "Mentees not matched"),
  relationships: localized("Apstiprinātās attiecības", "Approved relationships"),
  open: localized("Nenoslēgtās attiecības", "Relationships not closed"),
};

/** An escalation's figures as label and text ("Mērķis (mentorējamie / mentori)": "20 / 10"). */
export function cohortEscalationFigures(detail: Record<string, unknown>, language: Language) {
  return Object.entries(detail).flatMap(([key, value]) => {
    const label = DETAIL_LABELS[key]?.[language];
    if (!label) return [];
    const text =
      value && typeof value === "object"
        ? `${(value as { mentees: number }).mentees} / ${(value as { mentors: number }).mentors}`
        : String(value);
    return [{ label, text }];
  });
}
