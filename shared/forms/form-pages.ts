import { type Language, type Localized, localized } from "../i18n/localized.js";
import type { FormKind } from "../schemas/workflow.js";
import type { FormDefinition } from "./form-definition.js";
import { escapeHtml as e } from "./render-page.js";

export type LinkProblem = "unknown" | "expired" | "answered" | "closed";

const PROBLEMS: Record<LinkProblem, { title: Localized; text: Localized }> = {
  unknown: {
    title: localized("Saite nav derīga", "This link is not valid"),
    text: localized(
      "Šo saiti nevaram atpazīt: iespējams, tā nav nokopēta pilnībā. Lūdzu, atveriet to no e-pasta vēlreiz vai rakstiet koordinatoram, lai saņemtu jaunu saiti.",
      "We cannot recognise this link: it may not have been copied completely. Please open it from the e-mail again, or write to the coordinator for a new link.",
    ),
  },
  expired: {
    title: localized("Saites derīguma termiņš ir beidzies", "This link has expired"),
    text: localized(
      "Atbildes laiks šai veidlapai ir beidzies. Ja vēlaties vēl atbildēt, palūdziet jaunu saiti: koordinators to var nosūtīt.",
      "The time to answer this form is over. If you still want to answer, write to the coordinator, who can send you a new link.",
    ),
  },
  answered: {
    title: localized("Jūsu atbilde jau ir saņemta", "Your answer is already recorded"),
    text: localized(
      "Šī veidlapa jau ir aizpildīta, un atbilde ir saglabāta. Nekas vairs nav jādara. Ja vēlaties kaut ko labot, rakstiet koordinatoram.",
      "This form has already been filled in and the answer is saved. There is nothing more to do. To change something, write to the coordinator.",
    ),
  },
  closed: {
    title: localized("Šī veidlapa vairs nav vajadzīga", "This form is no longer needed"),
    text: localized(
      "Sadarbība ir gājusi tālāk, un šī veidlapa vairs netiek gaidīta. Ja domājat, ka tā ir kļūda, rakstiet koordinatoram.",
      "The mentoring relationship has moved on and this form is no longer waited for. If you think this is a mistake, write to the coordinator.",
    ),
  },
};

export const linkProblemTitle = (problem: LinkProblem) => PROBLEMS[problem].title;

export function renderLinkProblem(problem: LinkProblem, language: Language): string {
  return `<h1>${PROBLEMS[problem].title[language]}</h1><p>${PROBLEMS[problem].text[language]}</p>`;
}

const NEXT: Record<FormKind, Localized> = {
  consent: localized(
    "Kad visi dalībnieki būs atbildējuši, saņemsiet e-pastu par nākamo soli.",
    "When everyone has answered you get an e-mail about the next step.",
  ),
  introduction: localized(
    "Šo iepazīšanās aprakstu e-pastā saņems jūsu sadarbības mentorējošā puse, lai sagatavotos pirmajai tikšanās reizei.",
    "Your mentor gets this introduction by e-mail and can prepare for your first meeting with it.",
  ),
  plan: localized(
    "Visi dalībnieki saņems tikšanās datumus, un pirms katras tikšanās — atgādinājumu.",
    "Everyone gets the meeting dates, and a reminder before each meeting.",
  ),
  reflection: localized(
    "Paldies! Jūsu refleksija ir saglabāta.",
    "Thank you! Your reflection is saved.",
  ),
  checkpoint: localized(
    "Paldies! Jūsu progress ir saglabāts.",
    "Thank you! Your progress is saved.",
  ),
  closure: localized(
    "Paldies par sadarbību! Sertifikātu vai pateicības rakstu saņemsiet e-pastā.",
    "Thank you for the mentoring! You will receive your certificate by e-mail.",
  ),
};

export const THANKS_TITLE = localized("Paldies, atbilde saņemta", "Thank you, we have your answer");

export function renderThanks(kind: FormKind, language: Language): string {
  return `<h1>${THANKS_TITLE[language]}</h1><p>${e(NEXT[kind][language])}</p>`;
}

/**
 * On every link problem page: ask the coordinator for a new link. An unrecognised link says
 * nothing about who asks, so there the e-mail address is required.
 */
export function linkRequestForm(link: string, problem: LinkProblem): FormDefinition {
  return {
    id: "link-request",
    title: localized("Lūgt jaunu saiti", "Ask for a new link"),
    intro: localized(
      "Pieprasījumu saņems programmas koordinators un, ja veidlapa vēl ir vajadzīga, nosūtīs jums jaunu saiti e-pastā.",
      "The programme coordinator gets your request and, if the form is still needed, e-mails you a new link.",
    ),
    submitLabel: localized("Nosūtīt pieprasījumu", "Send the request"),
    sections: [
      {
        title: localized("Jūsu pieprasījums", "Your request"),
        fields: [
          { kind: "hidden", name: "link", value: link },
          {
            kind: "email",
            name: "email",
            label: localized("Jūsu e-pasta adrese", "Your e-mail address"),
            help: localized(
              "Lai koordinators varētu jums atbildēt.",
              "So that the coordinator can answer you.",
            ),
            required: problem === "unknown",
            maxLength: 254,
            autocomplete: "email",
          },
          {
            kind: "textarea",
            name: "note",
            label: localized("Ziņa koordinatoram", "A note for the coordinator"),
            maxLength: 1000,
            rows: 3,
          },
        ],
      },
    ],
  };
}

const REQUESTED = {
  title: localized("Pieprasījums nosūtīts", "Request sent"),
  created: localized(
    "Paldies! Koordinators ir saņēmis jūsu pieprasījumu un sazināsies ar jums.",
    "Thank you! The coordinator has your request and will get back to you.",
  ),
  repeated: localized(
    "Šis pieprasījums jau ir saņemts; koordinators sazināsies ar jums. Vēlreiz sūtīt nav vajadzības.",
    "This request has already reached the coordinator, who will get back to you. There is no need to send it again.",
  ),
};

export const linkRequestedTitle = REQUESTED.title;

/** On an unrecognised link the address is how the coordinator knows whom to answer. */
export const EMAIL_NEEDED = localized(
  "Norādiet savu e-pasta adresi: no šīs saites nevaram noteikt, kas jūs esat.",
  "Please give your e-mail address: this link does not tell us who you are.",
);

export function renderLinkRequested(created: boolean, language: Language): string {
  return `<h1>${e(REQUESTED.title[language])}</h1><p>${e(REQUESTED[created ? "created" : "repeated"][language])}</p>`;
}
