import type { z } from "zod";
import type { FormDefinition } from "../../forms/form-definition.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { CohortAnswer, CohortFormKind } from "../../schemas/cohort-answer.js";
import type { Participant } from "../../schemas/participant.js";
import type { WorkflowDeps } from "../workflow/workflow-deps.js";
import { cohortTexts } from "./cohort-form-kind.js";
import { COHORT_FORM_KINDS } from "./cohort-form-kinds.js";
import { type CohortFormLink, verifyCohortFormLink } from "./cohort-form-link.js";

type CohortFormDeps = Pick<WorkflowDeps, "store" | "signer" | "clock">;

/** What a cohort form link leads to; each has its own page. */
export type CohortFormAccess =
  | { status: "unknown" }
  | { status: "expired" | "closed"; link: CohortFormLink }
  | {
      status: "open";
      link: CohortFormLink;
      cohort: Cohort;
      participant: Participant;
      /** The person's earlier answer of this kind, shown on the form to change. */
      earlier?: CohortAnswer;
    };

/**
 * Opens a cohort form link without changing anything (mail scanners open links). The
 * signature is checked before anything is read, so a made-up link costs no table read; a
 * link whose round or person is gone (erased), or whose person the kind is not for, is
 * as unknown as a forged one; a cancelled round's is closed.
 */
export async function openCohortFormLink(
  deps: CohortFormDeps,
  text: string,
): Promise<CohortFormAccess> {
  const link = await verifyCohortFormLink(deps.signer, text);
  if (!link) return { status: "unknown" };
  if (Date.parse(link.expiresAt) <= deps.clock.now().getTime()) return { status: "expired", link };
  const [cohort, participant] = await Promise.all([
    deps.store.getCohort(link.cohortId),
    deps.store.getParticipant(link.participantId),
  ]);
  if (!cohort || !participant) return { status: "unknown" };
  if (!COHORT_FORM_KINDS[link.kind].roles.includes(participant.role)) return { status: "unknown" };
  if (cohort.stage === "cancelled") return { status: "closed", link };
  const earlier = (await deps.store.listCohortAnswers(cohort.cohortId)).find(
    (answer) => answer.kind === link.kind && answer.participantId === participant.participantId,
  );
  return { status: "open", link, cohort, participant, ...(earlier ? { earlier } : {}) };
}

/** The form of a kind for this round and person, with its texts filled in. */
export function cohortForm(
  kind: CohortFormKind,
  cohort: Cohort,
  participant: Participant,
): FormDefinition {
  return {
    id: `cohort-${kind}`,
    ...COHORT_FORM_KINDS[kind].page(cohortTexts(cohort), { cohort, participant }),
  };
}

/** An answer as the form's fields show it again (yes/no, numbers and words as posted). */
export function answerFields(
  answers: Record<string, unknown> | undefined,
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(answers ?? {})) {
    if (typeof value === "boolean") fields[name] = [value ? "yes" : "no"];
    else if (typeof value === "number" || typeof value === "string") fields[name] = [String(value)];
  }
  return fields;
}

/** What the form shows before the person types: the earlier answer, else the kind's defaults. */
export function shownValues(
  access: Extract<CohortFormAccess, { status: "open" }>,
): Record<string, string[]> {
  if (access.earlier) return answerFields(access.earlier.answers);
  const defaults =
    COHORT_FORM_KINDS[access.link.kind].defaults?.({
      cohort: access.cohort,
      participant: access.participant,
    }) ?? {};
  return Object.fromEntries(Object.entries(defaults).map(([name, value]) => [name, [value]]));
}

export type CohortAnswerResult =
  | Exclude<CohortFormAccess, { status: "open" }>
  | { status: "invalid"; error: z.ZodError }
  | { status: "recorded"; answer: CohortAnswer; replaced: boolean };

/**
 * A person answers (POST): checked by the kind's schema, then kept under the round with
 * `putCohortAnswer`, replacing an earlier answer of the same kind. A link that is not open
 * changes nothing, and neither does an answer the schema refuses.
 */
export async function answerCohortForm(
  deps: CohortFormDeps,
  access: CohortFormAccess,
  input: Record<string, unknown>,
): Promise<CohortAnswerResult> {
  if (access.status !== "open") return access;
  const parsed = COHORT_FORM_KINDS[access.link.kind].answerSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", error: parsed.error };
  const answer: CohortAnswer = {
    cohortId: access.cohort.cohortId,
    participantId: access.participant.participantId,
    kind: access.link.kind,
    // A blank optional field is no answer: it is not kept at all.
    answers: Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)),
    answeredAt: deps.clock.now().toISOString(),
  };
  await deps.store.putCohortAnswer(answer);
  return { status: "recorded", answer, replaced: access.earlier !== undefined };
}
