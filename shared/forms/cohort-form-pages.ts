import { type Language, type Localized, localized } from "../i18n/localized.js";
import { formatRigaInText } from "../schemas/form-answers.js";
import { type LinkProblem, linkProblemTitle, renderLinkProblem } from "./form-pages.js";
import { escapeHtml as e } from "./render-page.js";

/** The problems a cohort form link can have: forged or unknown, expired, a cancelled round. */
export type CohortLinkProblem = Extract<LinkProblem, "unknown" | "expired" | "closed">;

const CLOSED = {
  title: localized("Šī kārta ir atcelta", "This round has been cancelled"),
  text: localized(
    "Programmas kārta, uz kuru attiecas šī veidlapa, ir atcelta, tāpēc atbilde vairs nav vajadzīga. Ja domājat, ka tā ir kļūda, rakstiet koordinatoram.",
    "The programme round this form belongs to has been cancelled, so no answer is needed any more. If you think this is a mistake, write to the coordinator.",
  ),
};

export const cohortLinkProblemTitle = (problem: CohortLinkProblem): Localized =>
  problem === "closed" ? CLOSED.title : linkProblemTitle(problem);

/** The problem's heading and sentence (a forged and an expired link read as a form's do). */
export function renderCohortLinkProblem(problem: CohortLinkProblem, language: Language): string {
  if (problem !== "closed") return renderLinkProblem(problem, language);
  return `<h1>${e(CLOSED.title[language])}</h1><p>${e(CLOSED.text[language])}</p>`;
}

const EARLIER = localized(
  "Jūs jau atbildējāt {when}; zemāk ir jūsu atbilde. Ja vēlaties, nomainiet to un nosūtiet vēlreiz.",
  "You answered on {when}; your answer is below. If you like, change it and send it again.",
);

/** Above the form when the person answered before: when, and that the form shows it. */
export function renderEarlierAnswer(answeredAt: string, language: Language): string {
  const when = formatRigaInText(new Date(answeredAt), language);
  return `<p class="consent-text" role="status">${e(EARLIER[language].replace("{when}", when))}</p>`;
}

export const COHORT_THANKS_TITLE = localized(
  "Paldies, atbilde saņemta",
  "Thank you, we have your answer",
);

const CHANGED = localized(
  "Jūsu iepriekšējā atbilde ir aizstāta ar šo.",
  "Your earlier answer has been replaced by this one.",
);

/** The thank-you page: the kind's sentence, and whether an earlier answer was replaced. */
export function renderCohortThanks(next: Localized, replaced: boolean, language: Language): string {
  return `<h1>${e(COHORT_THANKS_TITLE[language])}</h1><p>${e(next[language])}</p>${
    replaced ? `<p>${e(CHANGED[language])}</p>` : ""
  }`;
}
