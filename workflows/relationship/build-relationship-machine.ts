import { Duration } from "aws-cdk-lib";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import {
  Choice,
  Condition,
  Fail,
  type IChainable,
  IntegrationPattern,
  JsonPath,
  Map as MapState,
  Pass,
  Result,
  Succeed,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
} from "aws-cdk-lib/aws-stepfunctions";
import { LambdaInvoke } from "aws-cdk-lib/aws-stepfunctions-tasks";
import type { Construct } from "constructs";
import { MAX_TURNS, STATES, WAITS } from "./relationship-states.js";
import { type StepId, TRANSIENT_STEP_ERROR } from "./relationship-steps.js";

const days = (n: number) => Timeout.duration(Duration.days(n));
const id = (name: string) => name.replace(/[^A-Za-z0-9]+/g, "-");

/**
 * The relationship workflow as CDK chainables (JSONPath). The execution carries ids and a
 * few counters only; everything else is read from the table by the steps, so an execution
 * can be started again at any phase ("0.1 Resume") and waits only for what is left.
 */
export function buildRelationshipMachine(
  scope: Construct,
  steps: Record<StepId, IFunction>,
): IChainable {
  /** A passing failure inside a step (see stepHandler) is tried again; steps are idempotent. */
  const TRANSIENT_RETRY = {
    errors: [TRANSIENT_STEP_ERROR],
    interval: Duration.seconds(2),
    backoffRate: 2,
    maxAttempts: 4,
  };

  /** A quick step: the Lambda's answer lands at `resultPath`. */
  const step = (
    name: string,
    fn: StepId,
    payload: Record<string, unknown>,
    resultPath: string | null,
  ) =>
    new LambdaInvoke(scope, id(name), {
      stateName: name,
      lambdaFunction: steps[fn],
      payload: TaskInput.fromObject({ ...payload, state: name }),
      payloadResponseOnly: true,
      resultPath: resultPath ?? JsonPath.DISCARD,
      taskTimeout: Timeout.duration(Duration.seconds(30)),
      retryOnServiceExceptions: true,
    }).addRetry(TRANSIENT_RETRY);

  /** A step that waits for a person: the Lambda stores the task token with the form. */
  const waitFor = (
    name: string,
    fn: StepId,
    payload: Record<string, unknown>,
    timeout: Timeout,
    resultPath: string | null,
  ) =>
    new LambdaInvoke(scope, id(name), {
      stateName: name,
      lambdaFunction: steps[fn],
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({ ...payload, taskToken: JsonPath.taskToken, state: name }),
      resultPath: resultPath ?? JsonPath.DISCARD,
      taskTimeout: timeout,
      retryOnServiceExceptions: true,
    }).addRetry(TRANSIENT_RETRY);

  const timedOut = ["States.Timeout"];
  const relationship = { "relationshipId.$": "$.relationshipId" };

  // 0 Resume: read where the relationship stands, count the turn, route to its phase.
  const load = step(STATES.load, "LoadRelationship", relationship, "$.rel");
  const route = new Choice(scope, id(STATES.route), { stateName: STATES.route });

  // 1 Match consent: each participant answers; a decline or silence moves to the next candidate.
  const askConsent = new MapState(scope, id(STATES.askConsent), {
    stateName: STATES.askConsent,
    itemsPath: "$.rel.participants",
    itemSelector: {
      "relationshipId.$": "$.relationshipId",
      "participantId.$": "$$.Map.Item.Value",
      "stepKey.$": "$.rel.consentStep",
    },
    resultPath: JsonPath.DISCARD,
  });
  const consentForm = (mode: "ask" | "nudge") => ({
    "relationshipId.$": "$.relationshipId",
    "participantId.$": "$.participantId",
    "stepKey.$": "$.stepKey",
    kind: "consent",
    mode,
  });
  const waitConsent = waitFor(
    STATES.waitConsent,
    "RequestForm",
    consentForm("ask"),
    days(WAITS.consentNudgeAfter),
    "$.answer",
  );
  const nudgeConsent = waitFor(
    STATES.nudgeConsent,
    "RequestForm",
    consentForm("nudge"),
    days(WAITS.consentTimeoutAfter - WAITS.consentNudgeAfter),
    "$.answer",
  );
  const noConsent = new Fail(scope, id(STATES.noConsent), {
    stateName: STATES.noConsent,
    error: "Consent.NoAnswer",
  });
  const declined = new Fail(scope, id(STATES.declined), {
    stateName: STATES.declined,
    error: "Consent.Declined",
  });
  const consentGiven = new Choice(scope, id(STATES.consentGiven), {
    stateName: STATES.consentGiven,
  })
    .when(
      Condition.stringEquals("$.answer.decision", "accept"),
      new Succeed(scope, id(STATES.accepted), { stateName: STATES.accepted }),
    )
    .otherwise(declined);
  waitConsent.addCatch(nudgeConsent, { errors: timedOut, resultPath: JsonPath.DISCARD });
  nudgeConsent.addCatch(noConsent, { errors: timedOut, resultPath: JsonPath.DISCARD });
  askConsent.itemProcessor(waitConsent.next(consentGiven));
  nudgeConsent.next(consentGiven);

  const nextCandidate = step(
    STATES.nextCandidate,
    "NextCandidate",
    { ...relationship, "failure.$": "$.consentError.Error" },
    "$.escalation",
  );
  askConsent.addCatch(nextCandidate, {
    errors: ["Consent.Declined", "Consent.NoAnswer"],
    resultPath: "$.consentError",
  });
  const candidateFound = new Choice(scope, id(STATES.candidateFound), {
    stateName: STATES.candidateFound,
  });

  // 2 Planning: the welcome with the first-meeting guide, then the plan form.
  const welcome = step(STATES.welcome, "SendWelcome", relationship, null);
  // Every way into the learning phase (a new plan, a replan, an extension, a restart)
  // passes the invites: sessions whose time changed get an update, dropped ones a cancel.
  const invites = step(STATES.invites, "SendInvites", relationship, null);
  const waitPlan = waitFor(
    STATES.waitPlan,
    "RequestForm",
    {
      ...relationship,
      "participantId.$": "$.rel.planner",
      "stepKey.$": "$.rel.planStep",
      kind: "plan",
      mode: "ask",
    },
    days(WAITS.planTimeoutAfter),
    JsonPath.DISCARD,
  );
  const noPlan = new Pass(scope, id(STATES.noPlan), {
    stateName: STATES.noPlan,
    result: Result.fromObject({ next: "escalate", reason: "no_plan" }),
    resultPath: "$.escalation",
  });
  waitPlan.addCatch(noPlan, { errors: timedOut, resultPath: JsonPath.DISCARD });

  // 3 Learning cycles: one turn per session, bounded by the turn count in "0.2".
  const waitReminder = new Wait(scope, id(STATES.waitReminder), {
    stateName: STATES.waitReminder,
    time: WaitTime.timestampPath("$.rel.session.remindAt"),
  });
  const remind = step(
    STATES.remind,
    "SendReminder",
    { ...relationship, "session.$": "$.rel.session.number" },
    null,
  );
  const waitSessionEnd = new Wait(scope, id(STATES.waitSessionEnd), {
    stateName: STATES.waitSessionEnd,
    time: WaitTime.timestampPath("$.rel.session.endsAt"),
  });
  const perParticipant = (name: string, itemsPath: string, stepKeyPath: string) =>
    new MapState(scope, id(name), {
      stateName: name,
      itemsPath,
      itemSelector: {
        "relationshipId.$": "$.relationshipId",
        "participantId.$": "$$.Map.Item.Value",
        "stepKey.$": stepKeyPath,
      },
      resultPath: JsonPath.DISCARD,
    });
  const formFor = (kind: string, mode: "ask" | "nudge") => ({
    "relationshipId.$": "$.relationshipId",
    "participantId.$": "$.participantId",
    "stepKey.$": "$.stepKey",
    kind,
    mode,
  });
  const askReflections = perParticipant(
    STATES.askReflections,
    "$.rel.participants",
    "$.rel.session.reflectionStep",
  );
  const waitReflection = waitFor(
    STATES.waitReflection,
    "RequestForm",
    formFor("reflection", "ask"),
    days(WAITS.reflectionNudgeAfter),
    null,
  );
  const nudgeReflection = waitFor(
    STATES.nudgeReflection,
    "RequestForm",
    formFor("reflection", "nudge"),
    days(WAITS.reflectionMissingAfter - WAITS.reflectionNudgeAfter),
    null,
  );
  const reflectionMissing = new Pass(scope, id(STATES.reflectionMissing), {
    stateName: STATES.reflectionMissing,
  });
  waitReflection.addCatch(nudgeReflection, { errors: timedOut, resultPath: JsonPath.DISCARD });
  nudgeReflection.addCatch(reflectionMissing, { errors: timedOut, resultPath: JsonPath.DISCARD });
  askReflections.itemProcessor(waitReflection);

  const askProgress = perParticipant(
    STATES.askProgress,
    "$.rel.mentees",
    "$.rel.session.checkpointStep",
  );
  const waitProgress = waitFor(
    STATES.waitProgress,
    "RequestForm",
    formFor("checkpoint", "ask"),
    days(WAITS.progressTimeoutAfter),
    null,
  );
  const progressMissing = new Pass(scope, id(STATES.progressMissing), {
    stateName: STATES.progressMissing,
  });
  waitProgress.addCatch(progressMissing, { errors: timedOut, resultPath: JsonPath.DISCARD });
  askProgress.itemProcessor(waitProgress);

  const evaluate = step(
    STATES.evaluate,
    "EvaluateCycle",
    { ...relationship, "session.$": "$.rel.session.number" },
    "$.escalation",
  );
  const checkpointDue = new Choice(scope, id(STATES.checkpointDue), {
    stateName: STATES.checkpointDue,
  })
    .when(Condition.booleanEquals("$.rel.session.checkpoint", true), askProgress)
    .otherwise(evaluate);
  askProgress.next(evaluate);
  const afterEvaluation = new Choice(scope, id(STATES.afterEvaluation), {
    stateName: STATES.afterEvaluation,
  });

  // 4 Closure: closing answers from everyone, then close, free the places, certificates.
  const askClosure = perParticipant(STATES.askClosure, "$.rel.participants", "$.rel.closureStep");
  const waitClosure = waitFor(
    STATES.waitClosure,
    "RequestForm",
    formFor("closure", "ask"),
    days(WAITS.closureTimeoutAfter),
    null,
  );
  const closureMissing = new Pass(scope, id(STATES.closureMissing), {
    stateName: STATES.closureMissing,
  });
  waitClosure.addCatch(closureMissing, { errors: timedOut, resultPath: JsonPath.DISCARD });
  askClosure.itemProcessor(waitClosure);
  const close = step(STATES.close, "CloseRelationship", relationship, null);
  const certificates = step(STATES.certificates, "HandOverCertificates", relationship, null);
  // The relationship is already closed: a failed attempt (the mail service refusing, a write
  // conflict) is tried again rather than losing the certificates; issuing and mailing are
  // idempotent, so a retry sends nothing twice.
  certificates.addRetry({
    errors: ["States.TaskFailed"],
    interval: Duration.seconds(5),
    backoffRate: 3,
    maxAttempts: 3,
  });
  const closed = new Succeed(scope, id(STATES.closed), { stateName: STATES.closed });

  // Escalation: an item, an e-mail to the coordinator, and the decision routes the execution.
  const escalationInput = (mode: "open" | "remind") => ({
    ...relationship,
    "reason.$": "$.escalation.reason",
    "turn.$": "$.rel.turns",
    mode,
  });
  const escalate = waitFor(
    STATES.escalate,
    "OpenEscalation",
    escalationInput("open"),
    days(WAITS.decisionReminderAfter),
    "$.decision",
  );
  const remindCoordinator = waitFor(
    STATES.remindCoordinator,
    "OpenEscalation",
    escalationInput("remind"),
    days(WAITS.decisionTimeoutAfter - WAITS.decisionReminderAfter),
    "$.decision",
  );
  const noDecision = new Pass(scope, id(STATES.noDecision), {
    stateName: STATES.noDecision,
    result: Result.fromObject({ decision: "continue", note: "no_decision_in_time" }),
    resultPath: "$.decision",
  });
  escalate.addCatch(remindCoordinator, { errors: timedOut, resultPath: JsonPath.DISCARD });
  remindCoordinator.addCatch(noDecision, { errors: timedOut, resultPath: JsonPath.DISCARD });
  const applyDecision = step(
    STATES.applyDecision,
    "ApplyDecision",
    { ...relationship, "decision.$": "$.decision", "turn.$": "$.rel.turns" },
    "$.next",
  );
  const afterDecision = new Choice(scope, id(STATES.afterDecision), {
    stateName: STATES.afterDecision,
  });
  const pause = new Wait(scope, id(STATES.pause), {
    stateName: STATES.pause,
    time: WaitTime.timestampPath("$.rel.pausedUntil"),
  });
  const tooManyTurns = new Fail(scope, id(STATES.tooManyTurns), {
    stateName: STATES.tooManyTurns,
    error: "Relationship.TooManyTurns",
    cause: `more than ${MAX_TURNS} turns`,
  });

  // Wiring.
  route
    .when(Condition.numberGreaterThan("$.rel.turns", MAX_TURNS), tooManyTurns)
    .when(Condition.stringEquals("$.rel.resumeAt", "planning"), welcome)
    .when(Condition.stringEquals("$.rel.resumeAt", "learning"), invites)
    .when(Condition.stringEquals("$.rel.resumeAt", "closure"), askClosure)
    .when(Condition.stringEquals("$.rel.resumeAt", "paused"), pause)
    .when(Condition.stringEquals("$.rel.resumeAt", "closing"), close)
    .when(Condition.stringEquals("$.rel.resumeAt", "certificates"), certificates)
    .when(Condition.stringEquals("$.rel.resumeAt", "closed"), closed)
    .otherwise(askConsent);
  askConsent.next(welcome);
  candidateFound
    .when(Condition.booleanEquals("$.escalation.found", true), load)
    .otherwise(escalate);
  nextCandidate.next(candidateFound);
  welcome.next(waitPlan);
  invites.next(waitReminder);
  waitPlan.next(load);
  noPlan.next(escalate);
  waitReminder.next(remind);
  remind.next(waitSessionEnd);
  waitSessionEnd.next(askReflections);
  askReflections.next(checkpointDue);
  evaluate.next(afterEvaluation);
  afterEvaluation
    .when(Condition.stringEquals("$.escalation.next", "escalate"), escalate)
    .when(Condition.stringEquals("$.escalation.next", "closure"), askClosure)
    .otherwise(load);
  askClosure.next(close);
  close.next(certificates);
  certificates.next(closed);
  escalate.next(applyDecision);
  remindCoordinator.next(applyDecision);
  noDecision.next(applyDecision);
  applyDecision.next(afterDecision);
  afterDecision.when(Condition.stringEquals("$.next.resumeAt", "closing"), close).otherwise(load);
  pause.next(load);
  return load.next(route);
}
