import type { IChainable } from "aws-cdk-lib/aws-stepfunctions";
import { JsonPath } from "aws-cdk-lib/aws-stepfunctions";
import { STATES, WAITS } from "../relationship-states.js";
import { at, days, type MachineKit, RELATIONSHIP, TIMED_OUT } from "./machine-kit.js";

/**
 * 2 Planning: the welcome with the first-meeting guide, then the mentor's plan form, with a
 * reminder after a week. A plan stores the sessions and goes back to "0.1", which routes to
 * the learning cycles; no plan in 14 days escalates.
 */
export function planningStage(kit: MachineKit, to: { load: IChainable; noPlan: IChainable }) {
  const welcome = kit.step(STATES.welcome, "SendWelcome", { relationshipId: RELATIONSHIP }, null);
  const form = (mode: "ask" | "nudge") => ({
    relationshipId: RELATIONSHIP,
    participantId: at("$.rel.planner"),
    stepKey: at("$.rel.planStep"),
    kind: "plan" as const,
    mode,
  });
  const waitPlan = kit.waitFor(
    STATES.waitPlan,
    "RequestForm",
    form("ask"),
    days(WAITS.planNudgeAfter),
    null,
  );
  // A week without a plan: one reminder, then the coordinator at day 14.
  const nudgePlan = kit.waitFor(
    STATES.nudgePlan,
    "RequestForm",
    form("nudge"),
    days(WAITS.planTimeoutAfter - WAITS.planNudgeAfter),
    null,
  );
  waitPlan.addCatch(nudgePlan, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
  nudgePlan.addCatch(to.noPlan, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
  welcome.next(waitPlan);
  waitPlan.next(to.load);
  nudgePlan.next(to.load);
  return { welcome };
}
