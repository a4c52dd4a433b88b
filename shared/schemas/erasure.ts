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
  /** The round the application came in, so the cohort's figures still count it. */
  cohortId: z.string().optional(),
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

/** A coordinator's note on the timeline (an action's why): free text that may speak of anyone. */
export const hasCoordinatorNote = (event: { actor?: unknown; detail?: unknown }): boolean =>
  String(event.actor ?? "").startsWith("coordinator:") &&
  typeof event.detail === "object" &&
  event.detail !== null &&
  "note" in event.detail;

/**
 * A timeline event without the person's own words: a decline's reason goes (the event and
 * its id, swapped for the pseudonym, stay); so does a coordinator's note on the relationship.
 */
export function eventWithoutWords<T extends { actor?: unknown; detail?: unknown }>(
  event: T,
  participantId: string,
): T {
  const detail = event.detail as Record<string, unknown> | undefined;
  if (detail && hasCoordinatorNote(event)) {
    const { note: _note, ...rest } = detail;
    return { ...event, detail: rest };
  }
  if (event.actor !== participantId || !detail || !("reason" in detail)) return event;
  if (!String((event as { type?: unknown }).type ?? "").startsWith("consent_")) return event;
  const { reason: _reason, ...rest } = detail;
  return { ...event, detail: rest };
}

/** An escalation without what the person said in its evidence (a decline's words). */
export function escalationWithoutWords<T extends { evidence?: unknown }>(
  escalation: T,
  participantId: string,
): T {
  if (!Array.isArray(escalation.evidence)) return escalation;
  const evidence = escalation.evidence.map((entry: { detail?: Record<string, unknown> }) => {
    if (entry.detail?.participantId !== participantId || !("said" in entry.detail)) return entry;
    const { said: _said, ...detail } = entry.detail;
    return { ...entry, detail };
  });
  return { ...escalation, evidence };
}

/** A value with every mention of the id (in values and keys) replaced by the pseudonym. */
export const swapId = <T>(value: T, participantId: string, pseudonym: string): T =>
  JSON.parse(JSON.stringify(value).split(participantId).join(pseudonym)) as T;
