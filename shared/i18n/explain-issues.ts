import type { z } from "zod";
import type { IssueDetail } from "../domain/errors.js";
import { format, type Language, type Localized, localized } from "./localized.js";

/**
 * Turns zod issues into messages a person understands, in Latvian and English. Codes stay
 * machine-readable; messages never echo the rejected value back.
 */
const M = {
  required: localized("Šis lauks ir obligāts.", "This field is required."),
  chooseOne: localized("Izvēlieties vienu no piedāvātajām iespējām.", "Choose one of the options."),
  chooseAtLeast: localized("Izvēlieties vismaz {n}.", "Choose at least {n}."),
  chooseAtMost: localized("Izvēlieties ne vairāk kā {n}.", "Choose at most {n}."),
  textTooShort: localized("Ierakstiet vismaz {n} rakstzīmes.", "Enter at least {n} characters."),
  textTooLong: localized(
    "Ierakstiet ne vairāk kā {n} rakstzīmes.",
    "Enter at most {n} characters.",
  ),
  numberTooSmall: localized(
    "Ierakstiet skaitli, kas nav mazāks par {n}.",
    "Enter a number of at least {n}.",
  ),
  numberTooBig: localized(
    "Ierakstiet skaitli, kas nav lielāks par {n}.",
    "Enter a number of at most {n}.",
  ),
  wholeNumber: localized("Ierakstiet veselu skaitli.", "Enter a whole number."),
  email: localized(
    "Ierakstiet derīgu e-pasta adresi, piemēram, vards.uzvards@iestade.gov.lv.",
    "Enter a valid e-mail address, such as name.surname@institution.gov.lv.",
  ),
  wrongType: localized("Šīs vērtības veids nav pareizs.", "This value has the wrong type."),
  duplicates: localized(
    "Katru iespēju izvēlieties tikai vienu reizi.",
    "Choose each option only once.",
  ),
  roleNotInCategory: localized(
    "Izvēlieties lomu no izvēlētās lomu kategorijas.",
    "Choose a role from the chosen role category.",
  ),
  unknownField: localized("Nezināms lauks.", "Unknown field."),
  smartCheck: localized(
    "Mērķim jāatbilst visiem pieciem SMART kritērijiem; pārskatiet to un atzīmējiet šo.",
    "A goal must pass all five SMART checks; revise it and tick this one.",
  ),
  applicantRole: localized(
    "Norādiet, vai piesakāties kā mentorējamais vai mentors.",
    "Say whether you apply as a mentee or as a mentor.",
  ),
  consent: localized(
    "Lai pieteiktos, piekrītiet savu datu apstrādei.",
    "To apply, agree to the processing of your data.",
  ),
  controlCharacters: localized(
    "Ierakstiet tekstu vienā rindā, bez rindiņu pārnesumiem un vadības rakstzīmēm.",
    "Write it on one line, without line breaks or control characters.",
  ),
  invalid: localized("Šī vērtība nav derīga.", "This value is not valid."),
  inFuture: localized(
    "Šis laiks vēl nav pienācis: ierakstiet, kad tikšanās jau notika.",
    "This time has not come yet: enter when the meeting took place.",
  ),
  inPast: localized(
    "Šis laiks jau ir pagājis: izvēlieties laiku nākotnē.",
    "This time has passed: choose a time in the future.",
  ),
  firstSessionTooLate: localized(
    "Pirmo tikšanos plānojiet 6 nedēļu laikā.",
    "Plan the first session within 6 weeks.",
  ),
  afterCohortEnd: localized(
    "Pēdējā tikšanās būtu pēc programmas kārtas beigām: plānojiet mazāk tikšanos vai biežāk.",
    "The last meeting would come after the programme round ends: plan fewer meetings or meet more often.",
  ),
  dateOutOfOrder: localized(
    "Šis datums ir par agru: tam jābūt pēc iepriekšējā posma datuma.",
    "This date is too early: it must come after the date of the stage before it.",
  ),
  seminarBeforeKickoff: localized(
    "Informatīvajam semināram jābūt pirms pirmo tikšanos sākuma.",
    "The information seminar must come before the first meetings begin.",
  ),
  scheduleTooLong: localized(
    "Pēdējai tikšanās jābūt gada laikā: plānojiet mazāk tikšanos vai biežāk.",
    "The last session must be within a year: plan fewer sessions or meet more often.",
  ),
  notAnObject: localized(
    "Pieprasījumam jābūt JSON objektam.",
    "The request must be a JSON object.",
  ),
} as const satisfies Record<string, Localized>;

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function explain(issue: z.core.$ZodIssue, input: unknown): Localized {
  const path = issue.path.join(".");
  const value = valueAt(input, issue.path);
  if (path === "consentToDataProcessing") return M.consent;
  if (path === "role" && issue.path.length === 1) return M.applicantRole;
  if (
    issue.path.length === 0 &&
    (input === null || typeof input !== "object" || Array.isArray(input))
  ) {
    return M.notAnObject;
  }
  if (isBlank(value) && issue.code !== "unrecognized_keys") return M.required;
  const n = (text: Localized, count: number | bigint): Localized => ({
    lv: format(text.lv, { n: Number(count) }),
    en: format(text.en, { n: Number(count) }),
  });
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set")
        return n(M.chooseAtLeast, issue.minimum);
      if (issue.origin === "string") return n(M.textTooShort, issue.minimum);
      return n(M.numberTooSmall, issue.minimum);
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set")
        return n(M.chooseAtMost, issue.maximum);
      if (issue.origin === "string") return n(M.textTooLong, issue.maximum);
      return n(M.numberTooBig, issue.maximum);
    case "invalid_format":
      return issue.format === "email" ? M.email : M.invalid;
    case "invalid_value":
      return M.chooseOne;
    case "invalid_union":
      return M.chooseOne;
    case "invalid_type":
      if (issue.expected === "int" || issue.expected === "number") return M.wholeNumber;
      return M.wrongType;
    case "unrecognized_keys":
      return M.unknownField;
    case "custom": {
      const reason = (issue.params as { reason?: string } | undefined)?.reason;
      if (reason === "duplicates") return M.duplicates;
      if (reason === "required") return M.required;
      if (reason === "smart_check") return M.smartCheck;
      if (reason === "role_not_in_category") return M.roleNotInCategory;
      if (reason === "control_characters") return M.controlCharacters;
      if (reason === "in_future") return M.inFuture;
      if (reason === "in_past") return M.inPast;
      if (reason === "first_session_too_late") return M.firstSessionTooLate;
      if (reason === "schedule_too_long") return M.scheduleTooLong;
      if (reason === "not_before_kickoffAt") return M.seminarBeforeKickoff;
      if (reason === "after_cohort_end") return M.afterCohortEnd;
      if (reason?.startsWith("not_after_")) return M.dateOutOfOrder;
      return M.invalid;
    }
    default:
      return M.invalid;
  }
}

/**
 * One IssueDetail per problem, in the requested language. Unknown keys get one issue each,
 * with the key as the path, so a client sees exactly which field to remove.
 */
export function explainIssues(
  error: z.ZodError,
  input: unknown,
  language: Language,
): IssueDetail[] {
  return error.issues.flatMap((issue): IssueDetail[] => {
    const message = explain(issue, input)[language];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...issue.path, key].join("."),
        message,
        code: issue.code,
      }));
    }
    // A rule of our own says its reason (e.g. "not_before_kickoffAt"), not zod's "custom".
    const reason =
      issue.code === "custom"
        ? (issue.params as { reason?: string } | undefined)?.reason
        : undefined;
    const code = reason ?? issue.code;
    return [{ path: issue.path.join("."), message, code }];
  });
}
