import { z } from "zod";

/**
 * What a participant answers for the programme round rather than for one relationship:
 * the information seminar's attendance, the programme surveys (halfway and at the end), the
 * community questions, and a mentor's "count me in" for a next round. One answer per
 * (cohort, kind, person); answering again replaces it while the form is open.
 */
export const cohortFormKindSchema = z.enum([
  "seminar_attendance",
  "survey_halfway",
  "survey_end",
  "mentor_again",
  "mentee_future",
  "count_me_in",
]);
export type CohortFormKind = z.infer<typeof cohortFormKindSchema>;

/** The answers each kind keeps (the form modules validate them with these). */
export const cohortAnswerShapes = {
  seminar_attendance: z.object({ attending: z.boolean() }),
  survey_halfway: z.object({
    satisfaction: z.number().int().min(1).max(10),
    recommend: z.number().int().min(0).max(10),
    comment: z.string().max(2000).optional(),
  }),
  survey_end: z.object({
    satisfaction: z.number().int().min(1).max(10),
    recommend: z.number().int().min(0).max(10),
    comment: z.string().max(2000).optional(),
  }),
  mentor_again: z.object({
    again: z.boolean(),
    places: z.number().int().min(0).max(5).optional(),
  }),
  mentee_future: z.object({ future: z.enum(["mentor", "peer_mentor", "both", "no"]) }),
  count_me_in: z.object({ places: z.number().int().min(1).max(5) }),
} as const satisfies Record<CohortFormKind, z.ZodType>;
export type CohortAnswers<K extends CohortFormKind> = z.infer<(typeof cohortAnswerShapes)[K]>;

export const cohortAnswerSchema = z.object({
  cohortId: z.string(),
  participantId: z.string(),
  kind: cohortFormKindSchema,
  answers: z.record(z.string(), z.unknown()),
  answeredAt: z.iso.datetime(),
});
export type CohortAnswer = z.infer<typeof cohortAnswerSchema>;
