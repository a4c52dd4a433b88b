import { type Language, type Localized, localized } from "../i18n/localized.js";
import { countPhrase, plural } from "../i18n/plural.js";
import type { PairScore } from "../schemas/matching.js";
import type { Participant } from "../schemas/participant.js";
import { FORMATS, labelOf, ROLE_CATEGORIES, ROLES, SECTORS, TOPICS } from "../schemas/reference.js";
import { escapeHtml as e } from "./render-page.js";

/** What one participant sees of another before agreeing: work and expertise, no contacts. */
export interface PartnerProfile {
  name: string;
  role: "mentor" | "mentee";
  facts: { label: Localized; value: Localized }[];
}

const join = (items: Localized[]): Localized =>
  localized(items.map((i) => i.lv).join(", "), items.map((i) => i.en).join(", "));
const same = (text: string): Localized => localized(text, text);

export function profileOf(participant: Participant): PartnerProfile {
  const a = participant.application;
  if (a.role === "mentor") {
    return {
      name: participant.name,
      role: "mentor",
      facts: [
        { label: localized("Organizācija", "Organisation"), value: same(a.organisation) },
        { label: localized("Amats", "Position"), value: same(a.position) },
        { label: localized("Sektors", "Sector"), value: labelOf(SECTORS, a.sector) },
        {
          label: localized("Pieredzes tēmas", "Expertise"),
          value: join(a.expertiseTopics.map((t) => labelOf(TOPICS, t))),
        },
        { label: localized("Par pieredzi", "Experience"), value: same(a.expertiseDescription) },
      ],
    };
  }
  const role = a.jobRole ? ROLES.find((r) => r.code === a.jobRole)?.label : undefined;
  return {
    name: participant.name,
    role: "mentee",
    facts: [
      { label: localized("Iestāde", "Institution"), value: same(a.institutionName) },
      { label: localized("Amats", "Position"), value: same(a.position) },
      ...(role
        ? [
            {
              label: localized("Loma", "Role"),
              value: a.jobRoleOther ? same(a.jobRoleOther) : role,
            },
          ]
        : a.roleCategory !== "none"
          ? [
              {
                label: localized("Lomu kategorija", "Role category"),
                value: labelOf(ROLE_CATEGORIES, a.roleCategory),
              },
            ]
          : []),
      {
        label: localized("Vajadzības tēmas", "Topics of the need"),
        value: join(a.needTopics.map((t) => labelOf(TOPICS, t))),
      },
      { label: localized("Mērķis programmā", "Goal in the programme"), value: same(a.goal) },
      {
        label: localized("Vēlamie formāti", "Preferred formats"),
        value: join(a.preferredFormats.map((f) => labelOf(FORMATS, f))),
      },
    ],
  };
}

/**
 * What a mentee in a group sees of the group before agreeing: its size and the topics
 * more than one of its mentees named; never the other mentees' names or applications.
 */
export interface GroupSummary {
  mentees: number;
  sharedTopics: Localized[];
}

/** The summary of a group's mentees' applications, as `GroupSummary` says. */
export function summariseGroup(mentees: Participant[]): GroupSummary {
  const counts = new Map<string, number>();
  for (const mentee of mentees) {
    if (mentee.application.role !== "mentee") continue;
    for (const topic of new Set(mentee.application.needTopics))
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const shared = TOPICS.filter((topic) => (counts.get(topic.code) ?? 0) > 1);
  return { mentees: mentees.length, sharedTopics: shared.map((topic) => topic.label) };
}

const GROUP_SIZE = plural(
  {
    zero: "Grupā kopā ar jums būs {count} mentorējamo.",
    one: "Grupā kopā ar jums būs {count} mentorējamais.",
    other: "Grupā kopā ar jums būs {count} mentorējamie.",
  },
  {
    one: "The group will have {count} mentee, you included.",
    other: "The group will have {count} mentees, you included.",
  },
);

// Latvian keeps the name in the nominative and says the role with a verb, which does not
// show gender ("Laura Priede (mentorēs jūs)"): "Par Laura Priede" or "mentors" next to a
// woman's name would be wrong, and the form of address is not asked.
const T = {
  about: localized("{name}", "About {name}"),
  mentor: localized("mentorēs jūs", "mentor"),
  mentee: localized("mentorēsiet jūs", "mentee"),
  why: localized("Kāpēc šis pāris?", "Why this match?"),
  score: localized("Atbilstība: {score} no 100", "Fit: {score} of 100"),
  group: localized("Jūsu grupa", "Your group"),
  shared: localized("Kopīgās tēmas", "Topics you share"),
  noShared: localized(
    "Neviena tēma nav kopīga vairākiem mentorējamajiem; tās tiks sasaistītas sarunās.",
    "No topic is shared by more than one mentee; the mentor will bring them together in the sessions.",
  ),
};

/** A score with its decimal separator: "94,2" in Latvian, "94.2" in English. */
const formatScore = (score: number, language: Language) =>
  new Intl.NumberFormat(language === "lv" ? "lv-LV" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(score);

function renderGroup(group: GroupSummary, language: Language): string {
  const topics =
    group.sharedTopics.length > 0
      ? `<p>${e(T.shared[language])}: ${e(group.sharedTopics.map((t) => t[language]).join(", "))}</p>`
      : `<p>${e(T.noShared[language])}</p>`;
  return `<section aria-labelledby="group"><h2 id="group">${e(T.group[language])}</h2><p>${e(countPhrase(language, group.mentees, GROUP_SIZE))}</p>${topics}</section>`;
}

/** The short profiles and the match explanation shown above the consent form. */
export function renderMatchDetails(
  profiles: PartnerProfile[],
  fits: { name: string; fit: PairScore }[],
  language: Language,
  group?: GroupSummary,
): string {
  const sections = profiles.map((profile, i) => {
    const id = `profile-${i}`;
    const facts = profile.facts
      .map((fact) => `<dt>${e(fact.label[language])}</dt><dd>${e(fact.value[language])}</dd>`)
      .join("");
    return `<section class="profile" aria-labelledby="${id}"><h2 id="${id}">${e(T.about[language].replace("{name}", profile.name))} (${T[profile.role][language]})</h2><dl>${facts}</dl></section>`;
  });
  const explanations = fits.map(({ name, fit }, i) => {
    const id = `why-${i}`;
    const items = fit.criteria
      .filter((c) => c.weight > 0)
      .map((c) => `<li>${e(c.detail[language])}</li>`)
      .join("");
    const heading = fits.length > 1 ? `${T.why[language]} ${e(name)}` : T.why[language];
    return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2><p>${e(T.score[language].replace("{score}", formatScore(fit.points / 10, language)))}</p><ul>${items}</ul></section>`;
  });
  return [...sections, ...(group ? [renderGroup(group, language)] : []), ...explanations].join(
    "\n",
  );
}
