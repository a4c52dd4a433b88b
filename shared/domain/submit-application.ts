import type { Application } from "../schemas/application.js";
import type { Cohort } from "../schemas/cohort.js";
import { isConfirmed, type Participant, type Rejoin } from "../schemas/participant.js";
import { checkEligibility } from "./check-eligibility.js";
import { IntakeClosedError, intakeState, nextIntakeOpensAt } from "./cohorts/intake-state.js";
import { CONFIRMATION_DAYS, type IntakeDeps, sendApplicationMail } from "./confirm-application.js";
import { DuplicateApplicationError } from "./errors.js";
import { mayRejoin, rejoinOf } from "./rejoin-round.js";
import { addDays } from "./workflow/workflow-deps.js";

export type SubmitApplicationDeps = IntakeDeps;

/**
 * What intake did. The caller answers every case the same way ("check your mailbox"):
 * whether an address already applied is told only to that address's mailbox.
 */
export type SubmitOutcome = { outcome: "created"; participantId: string } | { outcome: "repeated" };

/**
 * Intake: judge a valid application against the programme rules and keep it, eligible or
 * not, as unconfirmed; its address gets the confirmation link. An address that already
 * applied keeps its application, and its owner gets an e-mail with its status instead (an
 * unconfirmed one: the link again); a confirmed owner applying to a later round's open
 * intake gets that application to confirm (rejoin-round.ts). The one-application-per-address check is atomic in the
 * store (DuplicateApplicationError). While the programme runs in rounds and no intake is
 * open, nothing is kept (IntakeClosedError): the page offers the waiting list instead.
 */
export async function submitApplication(
  deps: SubmitApplicationDeps,
  application: Application,
): Promise<SubmitOutcome> {
  const now = deps.clock.now();
  const eligibility = checkEligibility(application);
  // The application joins the cohort whose intake is open; without any cohort the programme
  // has no rounds and takes it at any time; between intakes it is refused and nothing kept.
  const intake = intakeState(await deps.store.listCohorts(), now);
  if (intake.kind === "closed") throw new IntakeClosedError(nextIntakeOpensAt(intake));
  const cohort = intake.kind === "open" ? intake.cohort : undefined;
  const participant: Participant = {
    participantId: deps.ids.next("p"),
    role: application.role,
    name: application.name,
    email: application.email,
    language: application.language,
    status: eligibility.status,
    reasons: eligibility.reasons,
    appliedAt: now.toISOString(),
    confirmation: "unconfirmed",
    confirmBy: addDays(now, CONFIRMATION_DAYS).toISOString(),
    application,
    ...(cohort ? { cohortId: cohort.cohortId } : {}),
  };
  try {
    await deps.store.createParticipant(participant);
  } catch (error) {
    if (!(error instanceof DuplicateApplicationError)) throw error;
    // The same answer either way: nobody learns from it whether the address applied before.
    await tellOwner(deps, application.email, (owner) =>
      mayRejoin(owner, cohort)
        ? rejoinOf(cohort as Cohort, application, eligibility, now, addDays(now, CONFIRMATION_DAYS))
        : undefined,
    );
    return { outcome: "repeated" };
  }
  await sendApplicationMail(deps, participant, "confirm");
  return { outcome: "created", participantId: participant.participantId };
}

/**
 * Someone applied with an address that has an application: its owner hears of it. A
 * confirmed owner applying to a later round gets that application to confirm instead.
 */
async function tellOwner(
  deps: SubmitApplicationDeps,
  email: string,
  laterRound: (owner: Participant) => Rejoin | undefined,
): Promise<void> {
  const ownerId = await deps.store.findParticipantIdByEmail(email);
  const owner = ownerId && (await deps.store.getParticipant(ownerId));
  // Gone meanwhile (erased, or expired and deleted): there is nobody to tell.
  if (!owner) return;
  const rejoin = laterRound(owner);
  if (rejoin && (await deps.store.requestRejoin(owner.participantId, rejoin))) {
    await sendApplicationMail(deps, { ...owner, rejoin }, "rejoin");
    return;
  }
  await sendApplicationMail(
    deps,
    owner,
    isConfirmed(owner) ? "again_confirmed" : "again_unconfirmed",
  );
}
