import { Condition, type IChainable } from "aws-cdk-lib/aws-stepfunctions";
import { STATES, WAITS } from "../relationship-states.js";
import { askEveryone } from "./ask-everyone.js";
import { at, days, type MachineKit, RELATIONSHIP } from "./machine-kit.js";

/**
 * 3 Learning cycles: one turn per session, bounded by the turn count in "0.2". Every way
 * into a cycle (a new plan, a replan, an extension, a restart) starts at the invites:
 * sessions whose time changed get an update, dropped ones a cancel.
 */
export function learningStage(
  kit: MachineKit,
  to: { load: IChainable; escalate: IChainable; closure: IChainable },
) {
  const session = { relationshipId: RELATIONSHIP, session: at("$.rel.session.number") };
  const invites = kit.step(STATES.invites, "SendInvites", { relationshipId: RELATIONSHIP }, null);
  const waitReminder = kit.waitUntil(STATES.waitReminder, "$.rel.session.remindAt");
  const remind = kit.step(STATES.remind, "SendReminder", session, null);
  const waitSessionEnd = kit.waitUntil(STATES.waitSessionEnd, "$.rel.session.endsAt");

  const askReflections = askEveryone(kit, {
    name: STATES.askReflections,
    participantsPath: "$.rel.participants",
    stepKeyPath: "$.rel.session.reflectionStep",
    kind: "reflection",
    ask: { name: STATES.waitReflection, timeout: days(WAITS.reflectionNudgeAfter) },
    remind: {
      name: STATES.nudgeReflection,
      timeout: days(WAITS.reflectionMissingAfter - WAITS.reflectionNudgeAfter),
    },
    // The health check finds the missing reflection in the table.
    missing: kit.pass(STATES.reflectionMissing),
  });
  const askProgress = askEveryone(kit, {
    name: STATES.askProgress,
    participantsPath: "$.rel.mentees",
    stepKeyPath: "$.rel.session.checkpointStep",
    kind: "checkpoint",
    ask: { name: STATES.waitProgress, timeout: days(WAITS.progressTimeoutAfter) },
    missing: kit.pass(STATES.progressMissing),
  });

  const evaluate = kit.step(STATES.evaluate, "EvaluateCycle", session, "$.escalation");
  const checkpointDue = kit
    .choice(STATES.checkpointDue)
    .when(Condition.booleanEquals("$.rel.session.checkpoint", true), askProgress)
    .otherwise(evaluate);
  const afterEvaluation = kit
    .choice(STATES.afterEvaluation)
    .when(Condition.stringEquals("$.escalation.next", "escalate"), to.escalate)
    .when(Condition.stringEquals("$.escalation.next", "closure"), to.closure)
    .otherwise(to.load);

  invites.next(waitReminder);
  waitReminder.next(remind);
  remind.next(waitSessionEnd);
  waitSessionEnd.next(askReflections);
  askReflections.next(checkpointDue);
  askProgress.next(evaluate);
  evaluate.next(afterEvaluation);
  return { invites };
}
