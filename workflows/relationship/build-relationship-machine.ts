import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { IChainable } from "aws-cdk-lib/aws-stepfunctions";
import type { Construct } from "constructs";
import type { StepId } from "./relationship-steps.js";
import { closureStage } from "./stages/closure-stage.js";
import { consentStage } from "./stages/consent-stage.js";
import { escalationStage } from "./stages/escalation-stage.js";
import { learningStage } from "./stages/learning-stage.js";
import { MachineKit } from "./stages/machine-kit.js";
import { planningStage } from "./stages/planning-stage.js";
import { resumeStage } from "./stages/resume-stage.js";

/**
 * The relationship workflow as CDK chainables (JSONPath), one stage at a time; each stage
 * wires its own states and gets the entry states of the others it leads to. The execution
 * carries ids and a few counters only; everything else is read from the table by the
 * steps, so an execution can be started again at any phase ("0.1 Resume") and waits only
 * for what is left.
 */
export function buildRelationshipMachine(
  scope: Construct,
  steps: Record<StepId, IFunction>,
): IChainable {
  const kit = new MachineKit(scope, steps);
  // Built in the order the entries are needed: "0.1" is every loop's target.
  const resume = resumeStage(kit);
  const closure = closureStage(kit);
  const escalation = escalationStage(kit, { load: resume.load, close: closure.close });
  const learning = learningStage(kit, {
    load: resume.load,
    escalate: escalation.escalate,
    closure: closure.askClosure,
  });
  const planning = planningStage(kit, { load: resume.load, noPlan: escalation.noPlan });
  const consent = consentStage(kit, {
    welcome: planning.welcome,
    load: resume.load,
    escalate: escalation.escalate,
  });
  resume.routeTo(
    {
      consent: consent.askConsent,
      planning: planning.welcome,
      learning: learning.invites,
      closure: closure.askClosure,
      paused: escalation.pause,
      closing: closure.close,
      certificates: closure.certificates,
      closed: closure.closed,
      escalated: resume.backToEscalation(escalation.escalate),
    },
    escalation.tooManyTurns,
  );
  return resume.load;
}
