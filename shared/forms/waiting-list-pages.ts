import { type Language, localized } from "../i18n/localized.js";
import { nextIntakeSentence } from "../mail/waiting-list-mail.js";
import type { ApplicantRole } from "../schemas/application.js";
import { TEXT_LIMITS } from "../schemas/application.js";
import { LANGUAGE_ITEMS } from "../schemas/reference.js";
import type { FormDefinition, FormFields } from "./form-definition.js";
import type { FieldErrors } from "./render-form.js";
import { renderForm } from "./render-form.js";
import { escapeHtml as e } from "./render-page.js";

/**
 * The pages of the waiting list: the application page while no intake is open (when the
 * next one opens, or that none is planned, and the form to join), what joining answers, and
 * the leave link's pages (`/waiting-list/leave/{token}`).
 */

export const WAITING_LIST_ACTION = (language: Language) => `/waiting-list?lang=${language}`;
export const leaveHref = (token: string, language: Language) =>
  `/waiting-list/leave/${encodeURIComponent(token)}?lang=${language}`;

const T = {
  title: localized("Pieteikšanās šobrīd ir slēgta", "Applications are closed at the moment"),
  intro: localized(
    "Pieteikumus programmā pieņem kārtās. {next} Pievienojieties gaidītāju sarakstam, un mēs jums uzrakstīsim, kad pieteikšanās sāksies.",
    "The programme takes applications in rounds. {next} Join the waiting list and we will write to you when applications open.",
  ),
  section: localized("Gaidītāju saraksts", "The waiting list"),
  email: localized("E-pasta adrese", "E-mail address"),
  emailHelp: localized(
    "Uz šo adresi rakstīsim tikai par pieteikšanās sākumu. Katrā vēstulē būs saite, ar kuru varat no saraksta izstāties.",
    "We write to this address only about the opening of applications. Every message has a link to leave the list.",
  ),
  language: localized("Saziņas valoda", "Language for e-mails"),
  role: localized("Kā vēlaties piedalīties?", "How do you want to take part?"),
  mentee: localized("Es vēlos mentoru", "I want a mentor"),
  mentor: localized("Es vēlos mentorēt", "I want to be a mentor"),
  submit: localized("Pievienoties gaidītāju sarakstam", "Join the waiting list"),
};

/** The JSON intake's 409 `intake_closed` message, in the asked language. */
export const intakeClosedMessage = (nextOpensAt: string | undefined, language: Language) =>
  language === "lv"
    ? `Pieteikšanās šobrīd ir slēgta. ${nextIntakeSentence(nextOpensAt, "lv")} Gaidītāju sarakstam varat pievienoties pieteikuma lapā (/apply).`
    : `Applications are closed at the moment. ${nextIntakeSentence(nextOpensAt, "en")} You can join the waiting list on the application page (/apply).`;

/** The form to join, with when the next intake opens (ISO) or that none is planned yet. */
export function waitingListForm(nextOpensAt: string | undefined): FormDefinition {
  return {
    id: "waiting-list",
    title: T.title,
    intro: {
      lv: T.intro.lv.replace("{next}", nextIntakeSentence(nextOpensAt, "lv")),
      en: T.intro.en.replace("{next}", nextIntakeSentence(nextOpensAt, "en")),
    },
    submitLabel: T.submit,
    sections: [
      {
        title: T.section,
        fields: [
          {
            kind: "email",
            name: "email",
            label: T.email,
            help: T.emailHelp,
            required: true,
            autocomplete: "email",
            maxLength: TEXT_LIMITS.email.max,
          },
          {
            kind: "radio",
            name: "language",
            label: T.language,
            required: true,
            options: LANGUAGE_ITEMS.map((item) => ({ value: item.code, label: item.label })),
          },
          {
            kind: "radio",
            name: "role",
            label: T.role,
            required: true,
            options: [
              { value: "mentee", label: T.mentee },
              { value: "mentor", label: T.mentor },
            ],
          },
        ],
      },
    ],
  };
}

/** Before anything is typed: the page's language, and the role of the form asked for. */
export const waitingListValues = (language: Language, role?: ApplicantRole): FormFields => ({
  language: [language],
  ...(role ? { role: [role] } : {}),
});

/** The application page between intakes: the waiting list's form (with errors when posted). */
export function renderWaitingList(
  nextOpensAt: string | undefined,
  language: Language,
  values: FormFields,
  errors: FieldErrors = {},
): string {
  return renderForm(waitingListForm(nextOpensAt), {
    language,
    action: WAITING_LIST_ACTION(language),
    values,
    errors,
  });
}

const PAGES = {
  joined: {
    title: localized(
      "Paldies, jūs esat gaidītāju sarakstā",
      "Thank you, you are on the waiting list",
    ),
    text: localized(
      "Kad sāksies nākamā pieteikšanās, mēs jums uzrakstīsim uz norādīto adresi. Uz to nosūtām arī vēstuli ar saiti, ar kuru varat no saraksta izstāties; ja tā nepienāk dažu minūšu laikā, pārbaudiet mēstuļu mapi.",
      "When the next intake opens we will write to the address you gave. A message with a link to leave the list is on its way to it as well; if nothing arrives within a few minutes, look in the spam folder.",
    ),
  },
  leave: {
    title: localized("Izstāties no gaidītāju saraksta", "Leave the waiting list"),
    text: localized(
      "Nospiediet pogu, un jūsu e-pasta adrese tiks dzēsta no mentoru programmas gaidītāju saraksta. Pēc tam mēs jums vairs nerakstīsim par nākamajām pieteikšanās kārtām.",
      "Press the button and your e-mail address is taken off the mentoring programme's waiting list. After that we will not write to you about later intakes.",
    ),
  },
  done: {
    title: localized("Adrese dzēsta no gaidītāju saraksta", "You have left the waiting list"),
    text: localized(
      "Mēs jums vairs nerakstīsim par nākamajām pieteikšanās kārtām. Ja pārdomāsiet, varat atkal pievienoties gaidītāju sarakstam programmas lapā.",
      "We will not write to you about later intakes. If you change your mind, you can join the waiting list again on the programme's page.",
    ),
  },
  left: {
    title: localized(
      "Šī adrese jau ir dzēsta no gaidītāju saraksta",
      "This address has already left the waiting list",
    ),
    text: localized(
      "Nekas vairs nav jādara: mēs jums nerakstīsim par nākamajām pieteikšanās kārtām.",
      "There is nothing more to do: we will not write to you about later intakes.",
    ),
  },
  unknown: {
    title: localized("Saite nav derīga", "This link is not valid"),
    text: localized(
      "Šo saiti nevaram atpazīt: iespējams, tā nav nokopēta pilnībā. Atveriet saiti no e-pasta vēlreiz. Ja tā joprojām nedarbojas, rakstiet koordinatoram, un adresi dzēsīsim no saraksta.",
      "We cannot recognise this link: it may not have been copied completely. Open the link from the e-mail again. If it still does not work, write to the coordinator and we will take the address off the list.",
    ),
  },
  button: localized("Izstāties no saraksta", "Leave the list"),
  home: localized("Uz programmas lapu", "To the programme's page"),
};

export type WaitingListPage = "joined" | "leave" | "done" | "left" | "unknown";
export const waitingListPageTitle = (page: WaitingListPage) => PAGES[page].title;

/** One of the pages; `leave` posts to its own link (`token`), opening it changes nothing. */
export function renderWaitingListPage(page: WaitingListPage, language: Language, token = "") {
  const head = `<h1>${e(PAGES[page].title[language])}</h1><p>${e(PAGES[page].text[language])}</p>`;
  if (page === "leave")
    return `${head}
<form method="post" action="${e(leaveHref(token, language))}">
<input type="hidden" name="leave" value="yes">
<button type="submit">${e(PAGES.button[language])}</button>
</form>`;
  return `${head}<p><a href="/?lang=${language}">${e(PAGES.home[language])}</a></p>`;
}
