import { type Localized, localized } from "../../i18n/localized.js";
import type { ConflictCode } from "../../schemas/matching.js";
import type { Format } from "../../schemas/reference.js";
import { formatBit, type MenteeFeatures, type MentorFeatures } from "./pool-features.js";

/** Each hard rule as a coordinator reads it when a pair breaks it. */
export const CONFLICT_LABELS: Record<ConflictCode, Localized> = {
  mentee_not_eligible: localized(
    "Mentorējamais neatbilst programmas nosacījumiem.",
    "The mentee is not eligible.",
  ),
  mentor_not_eligible: localized(
    "Mentors neatbilst programmas nosacījumiem.",
    "The mentor is not eligible.",
  ),
  language_not_shared: localized("Nav kopīgas valodas.", "They share no language."),
  format_not_shared: localized(
    "Šo formātu nav izvēlējušies abi.",
    "Not both of them chose this format.",
  ),
  same_institution: localized("Abi ir no vienas iestādes.", "Both are from the same institution."),
  mentor_is_manager: localized(
    "Mentors ir mentorējamā vadītājs.",
    "The mentor is the mentee's manager.",
  ),
  reverse_needs_leader: localized(
    "Reversais mentorings paredzēts vadītājiem.",
    "Reverse mentoring is meant for leaders.",
  ),
  reverse_needs_willing_mentor: localized(
    "Mentors nav pieteicies reversajam mentoringam.",
    "The mentor did not offer reverse mentoring.",
  ),
  group_needs_capacity: localized(
    "Grupai mentoram jāspēj uzņemties vismaz 3 mentorējamos.",
    "For a group the mentor must be able to take at least 3 mentees.",
  ),
  team_needs_capacity: localized(
    "Mentoram nav vietas visai komandai.",
    "The mentor has no room for the whole team.",
  ),
  same_person: localized("Tā ir viena un tā pati persona.", "It is the same person."),
  declined_before: localized(
    "Šī sadarbība jau tika piedāvāta un noraidīta.",
    "This match was proposed before and declined.",
  ),
};

/** Smallest group the programme allows (guidelines: a group has 3 to 6 mentees). */
export const GROUP_SIZE = { min: 3, max: 6 } as const;

/**
 * Hard rules that hold for every format: a shared language and no conflict of interest
 * (never the same institution, judged by name or by the employer's e-mail domain; never
 * the mentee's own manager), and never two people a match of whom was declined before.
 * Returns the first rule broken, or undefined.
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
  if (mentee.declined.has(mentor.id) || mentor.declined.has(mentee.id)) return "declined_before";
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
