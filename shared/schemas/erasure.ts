import { z } from "zod";
import { eligibilityStatusSchema } from "../domain/check-eligibility.js";
import { applicantRoleSchema, menteeRoleCategorySchema } from "./application.js";
import { institutionTypeSchema } from "./reference.js";

/** Who stands in for an erased participant in the relationship history. */
export const pseudonymSchema = z.string().regex(/^erased_[0-9a-f]{24}$/);

/**
 * The record of an erasure (GDPR): who erased, when, and the categories the programme's
 * anonymous figures count (no name, e-mail, institution name, id or free text). It is kept
 * under the pseudonym, so a second erasure request finds it.
 */
export const erasureSchema = z.object({
  pseudonym: pseudonymSchema,
  role: applicantRoleSchema,
  status: eligibilityStatusSchema,
  /** The application was never confirmed: the figures do not count it. */
  unconfirmed: z.literal(true).optional(),
  /** Mentees only: what the figures by institution type and role category count. */
  institutionType: institutionTypeSchema.optional(),
  roleCategory: menteeRoleCategorySchema.optional(),
  erasedAt: z.iso.datetime(),
  /** "coordinator:<id>". */
  erasedBy: z.string(),
  /** Relationships whose history now names the pseudonym. */
  relationships: z.number().int().min(0),
  certificatesRevoked: z.number().int().min(0),
});
export type Erasure = z.infer<typeof erasureSchema>;

/** The body of `POST /api/console/participants/{participantId}/erase`. */
export const eraseInputSchema = z.strictObject({
  /** The participant's e-mail address, typed again: the confirmation step. */
  confirm: z.string().trim().min(1).max(254),
});
export type EraseInput = z.infer<typeof eraseInputSchema>;

/** A value with every mention of the id (in values and keys) replaced by the pseudonym. */
export const swapId = <T>(value: T, participantId: string, pseudonym: string): T =>
  JSON.parse(JSON.stringify(value).split(participantId).join(pseudonym)) as T;
