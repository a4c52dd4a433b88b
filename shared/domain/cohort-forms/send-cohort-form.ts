import type { Cohort } from "../../schemas/cohort.js";
import type { CohortFormKind } from "../../schemas/cohort-answer.js";
import type { Participant } from "../../schemas/participant.js";
import { addDays, sendOnce, type WorkflowDeps } from "../workflow/workflow-deps.js";
import { withCohort } from "./cohort-form-kind.js";
import { COHORT_FORM_KINDS } from "./cohort-form-kinds.js";
import { cohortFormUrl, signCohortFormLink } from "./cohort-form-link.js";

export interface SendCohortFormInput {
  cohort: Cohort;
  participant: Participant;
  kind: CohortFormKind;
  mode: "ask" | "remind";
}

/** Until when a link sent at `now` is valid: its kind's days, never past its closing moment. */
export function cohortLinkExpiry(kind: CohortFormKind, cohort: Cohort, now: Date): Date {
  const module = COHORT_FORM_KINDS[kind];
  const byDays = addDays(now, module.validForDays);
  const closes = module.closesAt ? Date.parse(module.closesAt(cohort)) : Number.POSITIVE_INFINITY;
  return new Date(Math.min(byDays.getTime(), closes));
}

/** The mail key of one cohort form e-mail: once per (round, kind, person, ask or remind). */
export const cohortFormMailKey = (input: {
  cohortId: string;
  kind: CohortFormKind;
  participantId: string;
  mode: "ask" | "remind";
}) => `cohort-form:${input.cohortId}:${input.kind}:${input.participantId}:${input.mode}`;

/**
 * The signed link of a kind's form for one person in one round, valid from `now` (null when
 * the form has closed: its moment has passed, so nothing is asked any more).
 */
export async function cohortFormLinkFor(
  deps: Pick<WorkflowDeps, "signer" | "config">,
  cohort: Cohort,
  participant: Participant,
  kind: CohortFormKind,
  now: Date,
): Promise<string | null> {
  const expiresAt = cohortLinkExpiry(kind, cohort, now);
  if (expiresAt.getTime() <= now.getTime()) return null;
  const link = await signCohortFormLink(
    deps.signer,
    { cohortId: cohort.cohortId, participantId: participant.participantId, kind },
    expiresAt,
  );
  return cohortFormUrl(deps, link, participant.language);
}

/**
 * E-mails a person the link of a cohort form (`ask`), or reminds them of it (`remind`).
 * Once per (cohort, kind, participant, mode), through `sendOnce`, so a retried or resumed
 * workflow step sends nothing twice. Nothing is sent to an erased person (the profile is
 * read again: the caller's copy may be older than the erasure), to a person the kind is not
 * for (a mentee gets no `mentor_again`), in a cancelled round, once the form has closed
 * (the seminar has begun), nor, for a reminder, to someone who has already answered.
 */
export async function sendCohortForm(
  deps: Pick<WorkflowDeps, "store" | "mailer" | "signer" | "clock" | "config">,
  input: SendCohortFormInput,
): Promise<void> {
  const { cohort, kind, mode } = input;
  const module = COHORT_FORM_KINDS[kind];
  const participant = await deps.store.getParticipant(input.participant.participantId);
  if (!participant || !module.roles.includes(participant.role)) return;
  if (cohort.stage === "cancelled") return;
  if (mode === "remind") {
    const answers = await deps.store.listCohortAnswers(cohort.cohortId);
    if (answers.some((a) => a.kind === kind && a.participantId === participant.participantId))
      return;
  }
  const link = await cohortFormLinkFor(deps, cohort, participant, kind, deps.clock.now());
  if (!link) return;
  await sendOnce(
    deps,
    cohortFormMailKey({
      cohortId: cohort.cohortId,
      kind,
      participantId: participant.participantId,
      mode,
    }),
    participant,
    withCohort(module.mail[mode], cohort),
    { name: participant.name, link },
  );
}
