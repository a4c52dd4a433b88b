import { Condition, type IChainable, JsonPath, Result } from "aws-cdk-lib/aws-stepfunctions";
import { MAX_TURNS, STATES, WAITS } from "../relationship-states.js";
import { at, days, type MachineKit, RELATIONSHIP, TIMED_OUT } from "./machine-kit.js";

/**
 * E Escalation: an item, an e-mail to the coordinator, and the decision routes the
 * execution (back to "0.1", or straight to closing). Also the pause and the turn bound's
 * stop, which the route leads to.
 */
export function escalationStage(kit: MachineKit, to: { load: IChainable; close: IChainable }) {
  const noPlan = kit.pass(STATES.noPlan, {
    result: Result.fromObject({ next: "escalate", reason: "no_plan" }),
    resultPath: "$.escalation",
  });
  const coordinator = (mode: "open" | "remind") => ({
    relationshipId: RELATIONSHIP,
    reason: at("$.escalation.reason"),
    turn: at("$.rel.turns"),
    mode,
  });
  const escalate = kit.waitFor(
    STATES.escalate,
    "OpenEscalation",
    coordinator("open"),
    days(WAITS.decisionReminderAfter),
    "$.decision",
  );
  const remindCoordinator = kit.waitFor(
    STATES.remindCoordinator,
    "OpenEscalation",
    coordinator("remind"),
    days(WAITS.decisionTimeoutAfter - WAITS.decisionReminderAfter),
    "$.decision",
  );
  const noDecision = kit.pass(STATES.noDecision, {
    result: Result.fromObject({ decision: "continue", note: "no_decision_in_time" }),
    resultPath: "$.decision",
  });
  escalate.addCatch(remindCoordinator, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
  remindCoordinator.addCatch(noDecision, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });

  const applyDecision = kit.step(
    STATES.applyDecision,
    "ApplyDecision",
    { relationshipId: RELATIONSHIP, decision: at("$.decision"), turn: at("$.rel.turns") },
    "$.next",
  );
  const afterDecision = kit
    .choice(STATES.afterDecision)
    .when(Condition.stringEquals("$.next.resumeAt", "closing"), to.close)
    .otherwise(to.load);
  const pause = kit.waitUntil(STATES.pause, "$.rel.pausedUntil");
  const tooManyTurns = kit.fail(
    STATES.tooManyTurns,
    "Relationship.TooManyTurns",
    `more than ${MAX_TURNS} turns`,
  );

  noPlan.next(escalate);
  escalate.next(applyDecision);
  remindCoordinator.next(applyDecision);
  noDecision.next(applyDecision);
  applyDecision.next(afterDecision);
  pause.next(to.load);
  return { noPlan, escalate, pause, tooManyTurns };
}
