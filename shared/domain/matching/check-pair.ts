import type { ConflictCode } from "../../schemas/matching.js";
import type { Format } from "../../schemas/reference.js";
import { formatBit, type MenteeFeatures, type MentorFeatures } from "./pool-features.js";

/** Smallest group the programme allows (guidelines: a group has 3 to 6 mentees). */
export const GROUP_SIZE = { min: 3, max: 6 } as const;

/**
 * Hard rules that hold for every format: a shared language and no conflict of interest
 * (never the same institution, judged by name or by the employer's e-mail domain; never
 * the mentee's own manager). Returns the first rule broken, or undefined.
 */
export function pairConflict(
  mentee: MenteeFeatures,
  mentor: MentorFeatures,
): ConflictCode | undefined {
  if (mentee.email === mentor.email) return "same_person";
  if ((mentee.language & mentor.languages) === 0) return "language_not_shared";
  if (mentee.manager !== 0 && mentee.manager === mentor.email) return "mentor_is_manager";
  if (mentee.institution !== 0 && mentee.institution === mentor.institution)
    return "same_institution";
  if (mentee.domain !== 0 && mentee.domain === mentor.domain) return "same_institution";
  return undefined;
}

/** The rules of one format on top of pairConflict. */
export function formatConflict(
  mentee: MenteeFeatures,
  mentor: MentorFeatures,
  format: Format,
): ConflictCode | undefined {
  const bit = formatBit(format);
  if ((mentee.formats & bit) === 0 || (mentor.formats & bit) === 0) return "format_not_shared";
  if (format === "reverse") {
    if (!mentee.leadsPeople) return "reverse_needs_leader";
    if (!mentor.reverse) return "reverse_needs_willing_mentor";
  }
  if (format === "group" && mentor.capacity < GROUP_SIZE.min) return "group_needs_capacity";
  return undefined;
}

export const conflictOf = (mentee: MenteeFeatures, mentor: MentorFeatures, format: Format) =>
  pairConflict(mentee, mentor) ?? formatConflict(mentee, mentor, format);
