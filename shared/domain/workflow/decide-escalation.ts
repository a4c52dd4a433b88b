import { z } from "zod";
import { decisionSchema, type Escalation } from "../../schemas/workflow.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { actOnDecisionWithoutTask } from "./restart-workflow.js";
import { record, type WorkflowDeps } from "./workflow-deps.js";

export const decisionInputSchema = z
  .strictObject({
    decision: decisionSchema,
    note: z.string().trim().max(2000).optional(),
    /** For `pause`: until when (ISO date-time or date). */
    until: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "pause" && !value.until) {
      ctx.addIssue({
        code: "custom",
        path: ["until"],
        message: "required",
        params: { reason: "required" },
      });
    }
    if (value.decision === "close" && !value.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "required",
        params: { reason: "required" },
      });
    }
  });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/**
 * The coordinator decides an open escalation: kept with who and when, once (a second
 * decision is a 409), then the waiting workflow resumes with it.
 *
 * Why two Lambdas: this use case runs in the console's API Lambda (DecideEscalation) and
 * only records the decision and hands it to the waiting task (SendTaskSuccess), answering
 * the coordinator at once. The change to the relationship is made by the workflow's own
 * step, "E.4 Escalation: apply the decision" (applyDecision, the ApplyDecision Lambda),
 * inside the execution: it runs in the order of the execution's states, is retried by the
 * machine, and the API needs no write access to what the workflow owns. An escalation no
 * task waits for (raised outside the machine, e.g. an undeliverable address) has no E.4 to
 * run: its decision is applied here and the execution restarted (restart-workflow.ts).
 */
export async function decideEscalation(
  deps: WorkflowDeps,
  escalationId: string,
  input: DecisionInput,
  coordinator: string,
): Promise<{ escalation: Escalation; resumed: boolean }> {
  const found = await deps.workflowStore.getEscalation(escalationId);
  if (!found) throw new NotFoundError(`no escalation ${escalationId}`);
  const now = deps.clock.now();
  const pauseUntil = input.until ? new Date(input.until).toISOString() : undefined;
  if (input.decision === "pause" && pauseUntil && Date.parse(pauseUntil) <= now.getTime()) {
    throw new ConflictError("pause_in_past", "a pause must end in the future");
  }
  const decided = {
    decision: input.decision,
    note: input.note,
    pauseUntil,
    decidedBy: coordinator,
    decidedAt: now.toISOString(),
  };
  const token = await deps.workflowStore.decideEscalation(escalationId, decided);
  if (token === undefined)
    throw new ConflictError("escalation_decided", "the escalation is already decided");
  await record(
    deps,
    found.escalation.relationshipId,
    `decision-${escalationId}`,
    "escalation_decided",
    `coordinator:${coordinator}`,
    {
      escalationId,
      decision: input.decision,
      ...(pauseUntil ? { pauseUntil } : {}),
    },
  );
  // A task waits for most escalations; one raised outside the state machine has none, and
  // its decision acts on the running execution by restarting it.
  const resumed =
    token === ""
      ? await actOnDecisionWithoutTask(deps, found.escalation, input.decision, pauseUntil)
      : await deps.workflow.succeed(token, {
          decision: input.decision,
          pauseUntil,
          hasNote: Boolean(input.note),
        });
  return { escalation: { ...found.escalation, ...decided, status: "decided" }, resumed };
}
