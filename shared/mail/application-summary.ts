import type { Language } from "../i18n/localized.js";
import type { Participant } from "../schemas/participant.js";
import { FORMATS, LANGUAGE_ITEMS, TOPICS } from "../schemas/reference.js";

/**
 * What a confirmed application holds, as its receipt lists it for the owner: who, where,
 * what about and how; no free text (the motivation, the need and the goal stay in the
 * application). Labels, not codes, in the applicant's language.
 */
export function receivedSection(participant: Participant) {
  const language: Language = participant.language;
  const lv = language === "lv";
  const labelOf =
    (items: readonly { code: string; label: Record<Language, string> }[]) =>
    (codes: readonly string[]) =>
      codes
        .map((code) => items.find((item) => item.code === code)?.label[language] ?? code)
        .join(", ");
  const a = participant.application;
  const entries =
    a.role === "mentee"
      ? [
          {
            label: lv ? "Jūs vēlaties" : "You want to",
            text: lv ? "saņemt mentoringu" : "be mentored",
          },
          { label: lv ? "Vārds, uzvārds" : "Name", text: a.name },
          { label: lv ? "Iestāde" : "Institution", text: a.institutionName },
          { label: lv ? "Amats" : "Position", text: a.position },
          { label: lv ? "Tēmas" : "Topics", text: labelOf(TOPICS)(a.needTopics) },
          { label: lv ? "Formāti" : "Formats", text: labelOf(FORMATS)(a.preferredFormats) },
        ]
      : [
          { label: lv ? "Jūs vēlaties" : "You want to", text: lv ? "mentorēt" : "mentor" },
          { label: lv ? "Vārds, uzvārds" : "Name", text: a.name },
          { label: lv ? "Organizācija" : "Organisation", text: a.organisation },
          { label: lv ? "Amats" : "Position", text: a.position },
          { label: lv ? "Pieredzes tēmas" : "Expertise", text: labelOf(TOPICS)(a.expertiseTopics) },
          { label: lv ? "Formāti" : "Formats", text: labelOf(FORMATS)(a.formats) },
          {
            label: lv ? "Mentorējamo skaits, ko varat uzņemties" : "Mentees you can take on",
            text: String(a.capacity),
          },
        ];
  entries.push({
    label: lv ? "E-pastu valoda" : "Language of e-mails",
    text: labelOf(LANGUAGE_ITEMS)([a.language]),
  });
  return { title: lv ? "Ko saņēmām" : "What we received", entries };
}
