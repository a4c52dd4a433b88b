import { Condition, type IChainable } from "aws-cdk-lib/aws-stepfunctions";
import type { ResumeAt } from "../../../shared/schemas/step-payloads.js";
import { MAX_TURNS, STATES } from "../relationship-states.js";
import { type MachineKit, RELATIONSHIP } from "./machine-kit.js";

/** Where a new relationship starts, and where a value the route does not know goes. */
const FIRST: ResumeAt = "consent";

/**
 * 0 Resume: read where the relationship stands, count the turn, route to its phase. Every
 * loop of the machine comes back here, so the turn bound in "0.2" holds for all of them.
 */
export function resumeStage(kit: MachineKit) {
  const load = kit.step(STATES.load, "LoadRelationship", { relationshipId: RELATIONSHIP }, "$.rel");
  const route = kit.choice(STATES.route);
  // The escalation's step needs the open reason, which the loaded relationship carries: it
  // finds the open escalation and only stores the new task token (no second e-mail).
  const reopenEscalation = kit.pass(STATES.reopenEscalation, {
    inputPath: "$.rel.escalation",
    resultPath: "$.escalation",
  });
  load.next(route);

  return {
    /** The machine's start, and where every loop goes back to. */
    load,
    /** The open escalation's wait, for the "escalated" branch to lead to. */
    backToEscalation: (escalate: IChainable) => reopenEscalation.next(escalate),
    /**
     * Wires the route: past the turn bound to `tooManyTurns`, else one branch per place to
     * resume at (a Record, so a place without a branch is a compile error).
     */
    routeTo(branches: Record<ResumeAt, IChainable>, tooManyTurns: IChainable) {
      route.when(Condition.numberGreaterThan("$.rel.turns", MAX_TURNS), tooManyTurns);
      for (const [resumeAt, next] of Object.entries(branches) as [ResumeAt, IChainable][])
        if (resumeAt !== FIRST)
          route.when(Condition.stringEquals("$.rel.resumeAt", resumeAt), next);
      route.otherwise(branches[FIRST]);
    },
  };
}
