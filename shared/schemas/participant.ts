import { z } from "zod";
import { eligibilityReasonSchema, eligibilityStatusSchema } from "../domain/check-eligibility.js";
import { languageSchema } from "../i18n/localized.js";
import { applicantRoleSchema, applicationSchema } from "./application.js";

export const participantIdSchema = z.string().regex(/^p_[0-9a-z]{20,40}$/);

export const confirmationSchema = z.enum(["unconfirmed", "confirmed"]);
export type Confirmation = z.infer<typeof confirmationSchema>;

const placementSchema = z.object({
  proposalId: z.string(),
  relationshipId: z.string(),
  mentorId: z.string(),
});

/**
 * One round a person took part in before their current one: the application and verdict
 * of that round, kept when the same address applied to a later round (maybe in the other
 * role), so the earlier round's lists, figures and report still count them as they were.
 */
export const pastRoundSchema = z.object({
  cohortId: z.string().optional(),
  role: applicantRoleSchema,
  status: eligibilityStatusSchema,
  reasons: z.array(eligibilityReasonSchema),
  appliedAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().optional(),
  application: applicationSchema,
  placement: placementSchema.optional(),
});
export type PastRound = z.infer<typeof pastRoundSchema>;

/** A confirmed person's application to a later round, until they confirm it from the e-mail. */
export const rejoinSchema = z.object({
  cohortId: z.string(),
  application: applicationSchema,
  status: eligibilityStatusSchema,
  reasons: z.array(eligibilityReasonSchema),
  appliedAt: z.iso.datetime(),
  confirmBy: z.iso.datetime(),
});
export type Rejoin = z.infer<typeof rejoinSchema>;

/** What the system keeps about an applicant: the answers as given plus the verdict. */
export const participantSchema = z.object({
  participantId: participantIdSchema,
  role: applicantRoleSchema,
  name: z.string(),
  email: z.string(),
  language: languageSchema,
  status: eligibilityStatusSchema,
  reasons: z.array(eligibilityReasonSchema),
  appliedAt: z.iso.datetime(),
  /**
   * Whether the applicant opened the link of the confirmation e-mail and confirmed. Only a
   * confirmed applicant is matched and counted; an unconfirmed one expires (table TTL).
   * Intake always writes it; items from before confirmation existed have none, and they
   * were all in, so none counts as confirmed.
   */
  confirmation: confirmationSchema.optional(),
  /** Until when the confirmation link is valid (kept after confirming: the link's MAC covers it). */
  confirmBy: z.iso.datetime().optional(),
  confirmedAt: z.iso.datetime().optional(),
  application: applicationSchema,
  /** The cohort (programme round) whose intake the application came in. */
  cohortId: z.string().optional(),
  /** People a proposed match with this person was declined with (by either side). */
  declinedWith: z.array(z.string()).optional(),
  /** A mentee's approved place (set once, atomically, when a proposal is approved). */
  placement: placementSchema.optional(),
  /** A mentor's mentees in approved relationships; never above the application's capacity. */
  activeMentees: z.number().int().min(0).optional(),
  /** The rounds before the current one (oldest first); see pastRoundSchema. */
  rounds: z.array(pastRoundSchema).optional(),
  /** An application to a later round waiting for its confirmation. */
  rejoin: rejoinSchema.optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Only confirmed applicants enter the matching pool and the figures. */
export const isConfirmed = (participant: Pick<Participant, "confirmation">): boolean =>
  participant.confirmation !== "unconfirmed";

/** An application's eligibility outcome, shown once it is confirmed. */
export const applicationResultSchema = z.object({
  participantId: participantIdSchema,
  status: eligibilityStatusSchema,
  reasons: z.array(eligibilityReasonSchema),
});
export type ApplicationResult = z.infer<typeof applicationResultSchema>;

/**
 * The person as they were in a round: their current record in their current round, the
 * kept application and verdict of an earlier one, or undefined if they were not in it.
 */
export function asInRound(participant: Participant, cohortId: string): Participant | undefined {
  if (participant.cohortId === cohortId) return participant;
  const round = participant.rounds?.find((r) => r.cohortId === cohortId);
  if (!round) return undefined;
  const { placement, confirmedAt, ...rest } = round;
  const { placement: _now, rounds: _rounds, rejoin: _rejoin, ...person } = participant;
  return {
    ...person,
    ...rest,
    ...(placement ? { placement } : {}),
    ...(confirmedAt ? { confirmedAt } : {}),
    confirmation: "confirmed",
  };
}

/** Everyone of a round as they were in it (every record as it is when no round is asked for). */
export const inRound = (participants: readonly Participant[], cohortId: string | undefined) =>
  cohortId === undefined
    ? [...participants]
    : participants.flatMap((p) => {
        const found = asInRound(p, cohortId);
        return found ? [found] : [];
      });

/** Every round of everyone, each as the person was in it (all-time figures count each once per round). */
export const everyRound = (participants: readonly Participant[]) =>
  participants.flatMap((p) => [
    p,
    ...(p.rounds ?? []).flatMap((r) => {
      const found = r.cohortId ? asInRound(p, r.cohortId) : undefined;
      return found ? [found] : [];
    }),
  ]);
