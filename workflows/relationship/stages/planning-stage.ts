import type { IChainable } from "aws-cdk-lib/aws-stepfunctions";
import { JsonPath } from "aws-cdk-lib/aws-stepfunctions";
import { STATES, WAITS } from "../relationship-states.js";
import { at, days, type MachineKit, RELATIONSHIP, TIMED_OUT } from "./machine-kit.js";

/**
 * 2 Planning: the welcome with the first-meeting guide, then the mentor's plan form. A plan
 * stores the sessions and goes back to "0.1", which routes to the learning cycles; no plan
 * in time escalates.
 */
export function planningStage(kit: MachineKit, to: { load: IChainable; noPlan: IChainable }) {
  const welcome = kit.step(STATES.welcome, "SendWelcome", { relationshipId: RELATIONSHIP }, null);
  const waitPlan = kit.waitFor(
    STATES.waitPlan,
    "RequestForm",
    {
      relationshipId: RELATIONSHIP,
      participantId: at("$.rel.planner"),
      stepKey: at("$.rel.planStep"),
      kind: "plan",
      mode: "ask",
    },
    days(WAITS.planTimeoutAfter),
    null,
  );
  waitPlan.addCatch(to.noPlan, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
  welcome.next(waitPlan);
  waitPlan.next(to.load);
  return { welcome };
}
