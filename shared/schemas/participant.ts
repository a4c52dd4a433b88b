import { z } from "zod";
import { eligibilityReasonSchema, eligibilityStatusSchema } from "../domain/check-eligibility.js";
import { languageSchema } from "../i18n/localized.js";
import { applicantRoleSchema, applicationSchema } from "./application.js";

export const participantIdSchema = z.string().regex(/^p_[0-9a-z]{20,40}$/);

export const confirmationSchema = z.enum(["unconfirmed", "confirmed"]);
export type Confirmation = z.infer<typeof confirmationSchema>;

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
  placement: z
    .object({ proposalId: z.string(), relationshipId: z.string(), mentorId: z.string() })
    .optional(),
  /** A mentor's mentees in approved relationships; never above the application's capacity. */
  activeMentees: z.number().int().min(0).optional(),
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
