import { z } from "zod";
import { type Localized, localized } from "../i18n/localized.js";
import type { Application, MenteeApplication, MentorApplication } from "../schemas/application.js";
import {
  ELIGIBLE_INSTITUTION_TYPES,
  type InstitutionType,
  MENTOR_CAPACITY,
} from "../schemas/reference.js";

/**
 * Programme rules (guidelines 1.1, 1.2 and 3): a well-formed application can still fall
 * outside the programme. Each rule that fails gives a reason code the applicant can read.
 */
export const ineligibilityCodeSchema = z.enum([
  "institution_type_not_eligible",
  "role_category_missing",
  "capacity_out_of_range",
  "no_role_category_supported",
  "reverse_format_without_willingness",
]);
export type IneligibilityCode = z.infer<typeof ineligibilityCodeSchema>;

export const INELIGIBILITY_MESSAGES: Record<IneligibilityCode, Localized> = {
  institution_type_not_eligible: localized(
    "Programmā var piedalīties valsts tiešās pārvaldes, neatkarīgo iestāžu, pašvaldību administrāciju, pašvaldību iestāžu un aģentūru, plānošanas reģionu un profesionālās izglītības iestāžu darbinieki, kā arī politiskās amatpersonas. Jūsu norādītā organizācija neietilpst šajās grupās.",
    "The programme is open to employees of direct state administration, independent institutions, municipal administrations, municipal institutions and agencies, planning regions and vocational education institutions, and to political officials. The organisation you named is not one of these.",
  ),
  role_category_missing: localized(
    "Programma ir paredzēta atslēgas, sadarbības un lietotāju lomām digitālajā transformācijā. Jūsu amats neatbilst nevienai no šīm lomu kategorijām.",
    "The programme is meant for key, collaboration and user roles in digital transformation. Your position does not fall into any of these role categories.",
  ),
  capacity_out_of_range: localized(
    `Mentors vienlaikus var atbalstīt no ${MENTOR_CAPACITY.min} līdz ${MENTOR_CAPACITY.max} mentorējamiem.`,
    `A mentor can support between ${MENTOR_CAPACITY.min} and ${MENTOR_CAPACITY.max} mentees at a time.`,
  ),
  no_role_category_supported: localized(
    "Lūdzu, norādiet vismaz vienu mentorējamo lomu kategoriju, kuru varat atbalstīt.",
    "Please name at least one mentee role category you can support.",
  ),
  reverse_format_without_willingness: localized(
    "Jūs izvēlējāties reverso mentoringu, bet norādījāt, ka tajā nevēlaties piedalīties.",
    "You chose reverse mentoring as a format but said you are not willing to take part in it.",
  ),
};

export const eligibilityReasonSchema = z.object({
  code: ineligibilityCodeSchema,
  field: z.string(),
  message: z.object({ lv: z.string(), en: z.string() }),
});
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;

export const eligibilityStatusSchema = z.enum(["eligible", "ineligible"]);
export type EligibilityStatus = z.infer<typeof eligibilityStatusSchema>;
export interface Eligibility {
  status: EligibilityStatus;
  reasons: EligibilityReason[];
}

const reason = (code: IneligibilityCode, field: string): EligibilityReason => ({
  code,
  field,
  message: INELIGIBILITY_MESSAGES[code],
});

const ELIGIBLE_CODES: ReadonlySet<InstitutionType> = new Set(
  ELIGIBLE_INSTITUTION_TYPES.map((item) => item.code),
);

function menteeReasons(application: MenteeApplication): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (!ELIGIBLE_CODES.has(application.institutionType)) {
    reasons.push(reason("institution_type_not_eligible", "institutionType"));
  }
  if (application.roleCategory === "none") {
    reasons.push(reason("role_category_missing", "roleCategory"));
  }
  return reasons;
}

function mentorReasons(application: MentorApplication): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (application.capacity < MENTOR_CAPACITY.min || application.capacity > MENTOR_CAPACITY.max) {
    reasons.push(reason("capacity_out_of_range", "capacity"));
  }
  if (application.supportedRoleCategories.length === 0) {
    reasons.push(reason("no_role_category_supported", "supportedRoleCategories"));
  }
  if (application.formats.includes("reverse") && !application.reverseMentoring) {
    reasons.push(reason("reverse_format_without_willingness", "reverseMentoring"));
  }
  return reasons;
}

/** Pure: the same application always gets the same answer, with every failing rule listed. */
export function checkEligibility(application: Application): Eligibility {
  const reasons =
    application.role === "mentee" ? menteeReasons(application) : mentorReasons(application);
  return { status: reasons.length === 0 ? "eligible" : "ineligible", reasons };
}
