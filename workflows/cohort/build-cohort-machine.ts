import { Duration } from "aws-cdk-lib";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Condition, type IChainable, JsonPath, Timeout } from "aws-cdk-lib/aws-stepfunctions";
import type { Construct } from "constructs";
import { COHORT_DECISION_DAYS } from "../../shared/domain/cohorts/workflow/load-cohort.js";
import type { CohortEscalationReason } from "../../shared/schemas/cohort-escalation.js";
import type { CohortAction } from "../../shared/schemas/step-payloads.js";
import type { StepId } from "../relationship/relationship-steps.js";
import { at, MachineKit, TIMED_OUT } from "../relationship/stages/machine-kit.js";
import { COHORT_STATES as S } from "./cohort-states.js";

const COHORT = at("$.cohortId");

/**
 * The cohort workflow: one execution per programme round, from the intake to the funder's
 * report, built stage by stage (JSONPath). "0.1" reads the cohort and every moment it waits
 * for into `$.cohort`; "0.2" goes on at the stage the table records, so a restarted
 * execution (moved dates, a decision no task waited for) waits only for what is left. Each
 * step is idempotent: a Wait whose moment has passed passes at once, and an e-mail already
 * sent is not sent again.
 */
export function buildCohortMachine(scope: Construct, steps: Record<StepId, IFunction>): IChainable {
  const kit = new MachineKit(scope, steps);
  const task = (name: string, action: CohortAction, resultPath: string | null = null) =>
    kit.step(name, "CohortTask", { cohortId: COHORT, action, reason: undefined }, resultPath);

  const load = kit.step(S.load, "LoadCohort", { cohortId: COHORT }, "$.cohort");
  const route = kit.choice(S.route);
  load.next(route);

  /** A question to the coordinator; no answer in time goes on. */
  const ask = (
    names: { ask: string; timedOut: string; after: string },
    reason: CohortEscalationReason,
    next: { goOn: IChainable; cancel?: IChainable },
  ) => {
    const wait = kit.waitFor(
      names.ask,
      "AwaitCohortDecision",
      { cohortId: COHORT, reason },
      Timeout.duration(Duration.days(COHORT_DECISION_DAYS)),
      "$.decision",
    );
    const timedOut = kit.step(
      names.timedOut,
      "CohortTask",
      { cohortId: COHORT, action: "decisionTimedOut", reason },
      "$.decision",
    );
    wait.addCatch(timedOut, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
    const after = kit
      .choice(names.after)
      // An extension moved a date: read the cohort again and wait for the new one.
      .when(Condition.stringEquals("$.decision.decision", "extend"), load);
    if (next.cancel)
      after.when(Condition.stringEquals("$.decision.decision", "cancel"), next.cancel);
    after.otherwise(next.goOn);
    wait.next(after);
    timedOut.next(after);
    return wait;
  };

  // C Cancelled.
  const cancel = task(S.cancel, "cancel");
  cancel.next(kit.succeed(S.cancelled));
  const closed = kit.succeed(S.closed);

  // 7 Report and alumni.
  const alumni = task(S.alumni, "alumni");
  alumni
    .next(kit.waitUntil(S.waitAnswers, "$.cohort.answersBy"))
    .next(task(S.report, "report"))
    .next(closed);

  // 6 Closing.
  const nudge = task(S.nudge, "nudgeClosing");
  const askStragglers = ask(
    { ask: S.askStragglers, timedOut: S.noStragglersDecision, after: S.afterStragglers },
    "stragglers",
    { goOn: alumni },
  );
  nudge
    .next(kit.waitUntil(S.waitStragglers, "$.cohort.closingBy"))
    .next(task(S.checkStragglers, "checkStragglers", "$.check"))
    .next(
      kit
        .choice(S.stragglers)
        .when(Condition.booleanEquals("$.check.escalate", true), askStragglers)
        .otherwise(alumni),
    );

  // 5 Running: a digest every two weeks and the halfway survey, until the planned end.
  const waitRunning = kit.waitUntil(S.waitRunning, "$.cohort.nextRunningAt");
  waitRunning
    .next(task(S.runningTick, "runningTick", "$.cohort"))
    .next(
      kit
        .choice(S.runningEnded)
        .when(Condition.booleanEquals("$.cohort.ended", true), nudge)
        .otherwise(waitRunning),
    );

  // 4 Kick-off.
  const kickoff = task(S.kickoff, "kickoff");
  kickoff.next(kit.waitUntil(S.waitKickoff, "$.cohort.kickoffAt")).next(waitRunning);

  // 3 Matching.
  const waitMatching = kit.waitUntil(S.waitMatching, "$.cohort.matchingBy");
  const askMatching = ask(
    { ask: S.askMatching, timedOut: S.noMatchingDecision, after: S.afterMatching },
    "matching_late",
    { goOn: kickoff, cancel },
  );
  waitMatching
    .next(task(S.checkMatching, "checkMatching", "$.check"))
    .next(
      kit
        .choice(S.matchingDone)
        .when(Condition.booleanEquals("$.check.escalate", true), askMatching)
        .otherwise(kickoff),
    );

  // 2 Information seminar.
  const invite = task(S.invite, "inviteSeminar");
  invite
    .next(kit.waitUntil(S.waitSeminarReminder, "$.cohort.seminarReminderAt"))
    .next(task(S.remindSeminar, "remindSeminar"))
    .next(kit.waitUntil(S.waitAttendance, "$.cohort.attendanceBy"))
    .next(task(S.materials, "sendMaterials"))
    .next(waitMatching);

  // 1 Intake.
  const waitOpen = kit.waitUntil(S.waitOpen, "$.cohort.intakeOpensAt");
  const askShortfall = ask(
    { ask: S.askShortfall, timedOut: S.noShortfallDecision, after: S.afterShortfall },
    "intake_shortfall",
    { goOn: invite, cancel },
  );
  waitOpen
    .next(task(S.announce, "announce"))
    .next(kit.waitUntil(S.waitHalfway, "$.cohort.intakeHalfwayAt"))
    .next(task(S.intakeNumbers, "intakeNumbers"))
    .next(kit.waitUntil(S.waitClose, "$.cohort.intakeClosesAt"))
    .next(task(S.checkIntake, "checkIntake", "$.check"))
    .next(
      kit
        .choice(S.shortfall)
        .when(Condition.booleanEquals("$.check.escalate", true), askShortfall)
        .otherwise(invite),
    );

  route
    .when(Condition.stringEquals("$.cohort.resumeAt", "intake"), waitOpen)
    .when(Condition.stringEquals("$.cohort.resumeAt", "seminar"), invite)
    .when(Condition.stringEquals("$.cohort.resumeAt", "matching"), waitMatching)
    .when(Condition.stringEquals("$.cohort.resumeAt", "kickoff"), kickoff)
    .when(Condition.stringEquals("$.cohort.resumeAt", "running"), waitRunning)
    .when(Condition.stringEquals("$.cohort.resumeAt", "closing"), nudge)
    .when(Condition.stringEquals("$.cohort.resumeAt", "report"), alumni)
    .when(Condition.stringEquals("$.cohort.resumeAt", "cancelled"), cancel)
    .otherwise(closed);
  return load;
}
