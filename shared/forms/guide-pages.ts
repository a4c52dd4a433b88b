import { type Language, type Localized, localized } from "../i18n/localized.js";
import { escapeHtml as e } from "./render-page.js";

/**
 * The first-meeting guides of the programme's annex, as pages the welcome e-mail links to:
 * the mentee's checklist for meeting a mentor, and the conversation guide of five blocks of
 * about 6 minutes. Plain pages, nothing to submit: people read them before or during the
 * first meeting, on paper or on screen.
 */
export const GUIDE_NAMES = ["first-meeting", "conversation"] as const;
export type GuideName = (typeof GUIDE_NAMES)[number];

interface Guide {
  title: Localized;
  intro: Localized;
  /** Each block: its heading and the questions or checks under it. */
  blocks: { title: Localized; items: Localized[] }[];
  outro: Localized;
}

const GUIDES: Record<GuideName, Guide> = {
  "first-meeting": {
    title: localized(
      "Pirmā tikšanās ar mentoru: kam pievērst uzmanību",
      "The first meeting with your mentor: what to look for",
    ),
    intro: localized(
      "Šis kontrolsaraksts ir mentorējamajam. Pirmo tikšanos sarunājat jūs: uzrakstiet mentoram (e-pasta adrese ir sveiciena e-pastā, un atbilde uz to nonāk pie mentora) un vienojieties par laiku nākamo divu nedēļu laikā. Izmantojiet šo sarakstu pirmajā tikšanās reizē, lai saprastu, vai sadarbība jums der.",
      "This checklist is for the mentee. You arrange the first meeting: write to your mentor (the address is in the welcome e-mail, and a reply to it reaches the mentor) and agree on a time within the next two weeks. Use this list at the first meeting to see whether the relationship suits you.",
    ),
    blocks: [
      {
        title: localized("Pieredze", "Experience"),
        items: [
          localized(
            "Izvērtējiet mentora zināšanas un pieredzi jūsu jomā un citās jomās, kas var dot vērtīgus ieskatus.",
            "Weigh the mentor's knowledge and experience in your field, and in others that may give valuable insight.",
          ),
        ],
      },
      {
        title: localized("Komunikācija", "Communication"),
        items: [
          localized(
            "Noskaidrojiet, kāds sadarbības veids būs visērtākais (valoda, saziņas kanāli, formāts).",
            "Find out which way of working suits you both best (language, channels, format).",
          ),
        ],
      },
      {
        title: localized("Pieejamība", "Availability"),
        items: [
          localized(
            "Cik bieži un cik regulāri mentors var veltīt laiku jūsu sarunām?",
            "How often and how regularly can the mentor make time for your conversations?",
          ),
        ],
      },
      {
        title: localized("Uzticēšanās", "Trust"),
        items: [
          localized(
            "Vai sarunas laikā jūtaties droši un brīvi?",
            "Do you feel safe and free to speak during the conversation?",
          ),
        ],
      },
      {
        title: localized("Aktīvā klausīšanās", "Active listening"),
        items: [
          localized(
            "Vērojiet, kā mentors runā, ko akcentē un kādus komentārus sniedz.",
            "Notice how the mentor talks, what they stress and what comments they make.",
          ),
        ],
      },
      {
        title: localized("Mērķi", "Goals"),
        items: [
          localized(
            "Vai mentora piedāvātais atbalsts sakrīt ar jūsu mērķiem?",
            "Does the support the mentor offers match your goals?",
          ),
        ],
      },
      {
        title: localized("Saderība un nākamie soļi", "Compatibility and next steps"),
        items: [
          localized(
            "Vai šāds darba stils jums būtu ērts, un vai sadarbība šķiet patīkama?",
            "Would the way of working suit you; do you get on well?",
          ),
          localized(
            "Vai, balstoties uz dzirdēto, varat izlemt par sadarbību, vai jums nepieciešams laiks pārdomām?",
            "Can you decide on the relationship from what you heard, or do you need time to think?",
          ),
        ],
      },
    ],
    outro: localized(
      "Pēc tikšanās mentors aizpildīs sadarbības plānu ar SMART mērķiem un tikšanās datumiem. Ja šaubāties, rakstiet koordinatoram.",
      "After the meeting the mentor fills in the plan with SMART goals and meeting dates. If in doubt, write to the coordinator.",
    ),
  },
  conversation: {
    title: localized(
      "Ceļvedis mentora un mentorējamā jēgpilnai sarunai",
      "A guide to a meaningful first conversation between mentor and mentee",
    ),
    intro: localized(
      "Pirmajai sarunai: pieci bloki, katrs apmēram 6 minūtes. Jautājumus var uzdot abas puses — gan mentorējošā, gan mentorējamā.",
      "For the first conversation: five blocks of about 6 minutes each. Both the mentor and the mentee ask the questions.",
    ),
    blocks: [
      {
        title: localized("Iepazīšanās un vērtības (6 min)", "Acquaintance and values (6 min)"),
        items: [
          localized(
            "Kā jūs sevi raksturotu trīs vārdos?",
            "How would you describe yourself in three words?",
          ),
          localized(
            "Kas jums šobrīd ir svarīgākais darbā vai attīstībā?",
            "What matters most to you now in your work or development?",
          ),
          localized(
            "Kādas vērtības jums ir vissvarīgākās sadarbībā ar citiem?",
            "Which values matter most to you when working with others?",
          ),
        ],
      },
      {
        title: localized("Attieksme un gaidas (6 min)", "Attitude and expectations (6 min)"),
        items: [
          localized(
            "Ko jūs sagaidāt no šīs sadarbības?",
            "What do you expect from this relationship?",
          ),
          localized(
            "Kā jūs redzat mentora (vai mentorējamā) lomu?",
            "How do you see the role of the mentor (or the mentee)?",
          ),
          localized(
            "Kas jums ir svarīgi, lai sadarbība būtu vērtīga?",
            "What do you need for the relationship to be worthwhile?",
          ),
        ],
      },
      {
        title: localized(
          "Vērtības un personīgais stils (6 min)",
          "Values and personal style (6 min)",
        ),
        items: [
          localized(
            "Kas jums ir svarīgāk — atbalsts vai izaicinājums?",
            "What matters more to you: support or challenge?",
          ),
          localized(
            "Kā jūs parasti reaģējat, kad saņemat kritisku atgriezenisko saiti?",
            "How do you usually react to critical feedback?",
          ),
          localized(
            "Ko jūs varat dot šai sadarbībai?",
            "What can you bring to this relationship yourself?",
          ),
        ],
      },
      {
        title: localized("Motivācija un enerģija (6 min)", "Motivation and energy (6 min)"),
        items: [
          localized(
            "Kāpēc tieši šobrīd vēlaties būt daļa no mentoringa programmas?",
            "Why do you want to be part of the mentoring programme right now?",
          ),
          localized(
            "Kur jūs šobrīd redzat lielāko izaicinājumu savā profesionālajā ceļā?",
            "Where do you see the biggest challenge on your professional path now?",
          ),
          localized("Kas jūs visvairāk motivē ikdienā?", "What motivates you most day to day?"),
        ],
      },
      {
        title: localized("Cilvēciskā saderība (6 min)", "Human compatibility (6 min)"),
        items: [
          localized("Kādi cilvēki jūs iedvesmo un kāpēc?", "Which people inspire you, and why?"),
          localized(
            "Ko jūs novērtējat sadarbībā ar citiem cilvēkiem?",
            "What do you value when working with other people?",
          ),
          localized(
            "Kā jums šķiet, kāpēc sadarbība ar mani varētu būt laba (vai tieši otrādi — kāpēc varētu nebūt)?",
            "Why do you think working with me could go well (or why it might not)?",
          ),
        ],
      },
    ],
    outro: localized(
      "Pēc sarunas vienojieties par mērķiem un tikšanās ritmu (1–2 reizes mēnesī); mentors tos ierakstīs sadarbības plānā.",
      "After the conversation agree on goals and the rhythm of meetings (1–2 a month); the mentor writes them into the plan.",
    ),
  },
};

export const guideTitle = (name: GuideName): Localized => GUIDES[name].title;

/** The guide as the body of a page: a heading, the blocks as sections, lists of questions. */
export function renderGuide(name: GuideName, language: Language): string {
  const guide = GUIDES[name];
  const blocks = guide.blocks
    .map(
      (block) =>
        `<section><h2>${e(block.title[language])}</h2><ul>${block.items
          .map((item) => `<li>${e(item[language])}</li>`)
          .join("")}</ul></section>`,
    )
    .join("");
  return `<h1>${e(guide.title[language])}</h1><p>${e(guide.intro[language])}</p>${blocks}<p>${e(guide.outro[language])}</p>`;
}

export const NO_SUCH_GUIDE_TITLE = localized("Šāda ceļveža nav", "There is no such guide");

/** For a guide name we do not have: say so, and list the guides there are. */
export function renderNoSuchGuide(language: Language): string {
  const links = GUIDE_NAMES.map(
    (name) =>
      `<li><a href="/guide/${name}?lang=${language}">${guideTitle(name)[language]}</a></li>`,
  ).join("");
  return `<h1>${NO_SUCH_GUIDE_TITLE[language]}</h1><ul>${links}</ul>`;
}
