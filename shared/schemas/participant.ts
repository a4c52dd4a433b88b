import { z } from "zod";
import { eligibilityReasonSchema, eligibilityStatusSchema } from "../domain/check-eligibility.js";
import { languageSchema } from "../i18n/localized.js";
import { applicantRoleSchema, applicationSchema } from "./application.js";

export const participantIdSchema = z.string().regex(/^p_[0-9a-z]{20,40}$/);

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
  application: applicationSchema,
  /** A mentee's approved place (set once, atomically, when a proposal is approved). */
  placement: z
    .object({ proposalId: z.string(), relationshipId: z.string(), mentorId: z.string() })
    .optional(),
  /** A mentor's mentees in approved relationships; never above the application's capacity. */
  activeMentees: z.number().int().min(0).optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** The JSON answer of `POST /api/applications`. */
export const applicationResultSchema = z.object({
  participantId: participantIdSchema,
  status: eligibilityStatusSchema,
  reasons: z.array(eligibilityReasonSchema),
});
export type ApplicationResult = z.infer<typeof applicationResultSchema>;
