import type { Clock } from "../ports/clock.js";
import type { Ids } from "../ports/ids.js";
import type { Store } from "../ports/store.js";
import type { Application } from "../schemas/application.js";
import type { ApplicationResult, Participant } from "../schemas/participant.js";
import { checkEligibility } from "./check-eligibility.js";

export interface SubmitApplicationDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
}

/**
 * Intake: judge a valid application against the programme rules and keep it, eligible or
 * not, so the coordinator sees every applicant. A repeated e-mail fails atomically in the
 * store with DuplicateApplicationError.
 */
export async function submitApplication(
  deps: SubmitApplicationDeps,
  application: Application,
): Promise<ApplicationResult> {
  const eligibility = checkEligibility(application);
  const participant: Participant = {
    participantId: deps.ids.next("p"),
    role: application.role,
    name: application.name,
    email: application.email,
    language: application.language,
    status: eligibility.status,
    reasons: eligibility.reasons,
    appliedAt: deps.clock.now().toISOString(),
    application,
  };
  await deps.store.createParticipant(participant);
  return {
    participantId: participant.participantId,
    status: participant.status,
    reasons: participant.reasons,
  };
}
