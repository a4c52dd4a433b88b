import { Condition, type IChainable } from "aws-cdk-lib/aws-stepfunctions";
import { STATES, WAITS } from "../relationship-states.js";
import { askEveryone } from "./ask-everyone.js";
import { at, days, type MachineKit, RELATIONSHIP } from "./machine-kit.js";

/**
 * 1 Match consent: each participant answers; a decline or silence moves to the next
 * candidate (back to "0.1" with the new mentor), and none left escalates.
 */
export function consentStage(
  kit: MachineKit,
  to: { welcome: IChainable; load: IChainable; escalate: IChainable },
) {
  const declined = kit.fail(STATES.declined, "Consent.Declined");
  // Inside the Map: a Fail stops the whole Map, whose Catch moves to the next candidate.
  const consentGiven = kit
    .choice(STATES.consentGiven)
    .when(Condition.stringEquals("$.answer.decision", "accept"), kit.succeed(STATES.accepted))
    .otherwise(declined);
  const askConsent = askEveryone(kit, {
    name: STATES.askConsent,
    participantsPath: "$.rel.participants",
    stepKeyPath: "$.rel.consentStep",
    kind: "consent",
    ask: { name: STATES.waitConsent, timeout: days(WAITS.consentNudgeAfter) },
    remind: {
      name: STATES.nudgeConsent,
      timeout: days(WAITS.consentTimeoutAfter - WAITS.consentNudgeAfter),
    },
    missing: kit.fail(STATES.noConsent, "Consent.NoAnswer"),
    answerPath: "$.answer",
    afterAnswer: consentGiven,
  });

  const nextCandidate = kit.step(
    STATES.nextCandidate,
    "NextCandidate",
    { relationshipId: RELATIONSHIP, failure: at("$.consentError.Error") },
    "$.escalation",
  );
  askConsent.addCatch(nextCandidate, {
    errors: ["Consent.Declined", "Consent.NoAnswer"],
    resultPath: "$.consentError",
  });
  const candidateFound = kit
    .choice(STATES.candidateFound)
    .when(Condition.booleanEquals("$.escalation.found", true), to.load)
    .otherwise(to.escalate);
  nextCandidate.next(candidateFound);
  askConsent.next(to.welcome);

  return { askConsent };
}
