import { CONFIRMATION_DAYS } from "../domain/confirm-application.js";
import { format, type Language, type Localized, localized } from "../i18n/localized.js";
import { countPhrase, type PluralForms } from "../i18n/plural.js";
import type { ApplicantRole } from "../schemas/application.js";
import type { ApplicationResult } from "../schemas/participant.js";
import { ELIGIBLE_INSTITUTION_TYPES } from "../schemas/reference.js";
import { escapeHtml as e } from "./render-page.js";

export const applyHref = (language: Language, role?: ApplicantRole) =>
  `/apply?${role ? `role=${role}&` : ""}lang=${language}`;

const T = {
  chooseTitle: localized("Pieteikšanās mentoru programmai", "Apply to the mentoring programme"),
  chooseIntro: localized(
    "Programma savieno publiskās pārvaldes darbiniekus ar pieredzējušiem publiskā un privātā sektora mentoriem, lai paātrinātu digitālo transformāciju. Izvēlieties, kā vēlaties piedalīties.",
    "The programme pairs public administration employees with experienced mentors from the public and private sector to speed up digital transformation. Choose how you want to take part.",
  ),
  mentee: localized("Es vēlos mentoru", "I want a mentor"),
  menteeText: localized(
    "Mentorējamajiem: publiskās pārvaldes darbiniekiem no šādām iestādēm:",
    "For mentees: public administration employees from these institutions:",
  ),
  mentor: localized("Es vēlos mentorēt", "I want to be a mentor"),
  mentorText: localized(
    "Mentoriem: pieredzējušiem speciālistiem no publiskā vai privātā sektora.",
    "For mentors: experienced specialists from the public or private sector.",
  ),
  badRequest: localized(
    "Šāda pieteikuma veidlapa nav atrasta. Izvēlieties kādu no šīm:",
    "There is no such application form. Choose one of these:",
  ),
  thanksTitle: localized("Paldies, pieteikums saņemts", "Thank you, we have your application"),
  eligibleText: localized(
    "Jūsu pieteikums atbilst programmas nosacījumiem. Koordinators izvērtēs anketas un piedāvās piemērotāko sadarbību. Par piedāvājumu saņemsiet e-pastu, un sadarbība sāksies tikai pēc abu pušu piekrišanas.",
    "Your application meets the programme's conditions. The coordinator will review the questionnaires and propose the best-fitting partner. You will get an e-mail about the proposal, and the mentoring starts only when both sides agree.",
  ),
  ineligibleTitle: localized(
    "Paldies, pieteikums saņemts, taču neatbilst nosacījumiem",
    "Thank you; your application does not meet the conditions",
  ),
  ineligibleText: localized(
    "Pieteikumu saglabājām, bet šobrīd tas neatbilst programmas nosacījumiem:",
    "We have kept your application, but it does not meet the programme's conditions at the moment:",
  ),
  ineligibleNext: localized(
    "Ja domājat, ka tā ir kļūda, vai vēlaties labot pieteikumu, rakstiet koordinatoram.",
    "If you think this is a mistake or want to correct your application, write to the coordinator.",
  ),
  reference: localized("Pieteikuma numurs:", "Application number:"),
  problemTitle: localized("Pieteikumu neizdevās nosūtīt", "The application could not be sent"),
  backToForm: localized("Atgriezties pie pieteikuma", "Back to the application"),
};

export const CHOOSE_ROLE_TITLE = T.chooseTitle;

/** The start page when no role is given (or an unknown one): who may apply, and where. */
export function renderChooseRole(language: Language, invalid = false): string {
  const institutions = ELIGIBLE_INSTITUTION_TYPES.map(
    (item) => `<li>${e(item.label[language])}</li>`,
  ).join("");
  return `<h1>${T.chooseTitle[language]}</h1>
${invalid ? `<p class="error-message" role="alert">${T.badRequest[language]}</p>` : `<p>${T.chooseIntro[language]}</p>`}
<div class="choices">
<a class="choice" href="${e(applyHref(language, "mentee"))}"><strong>${T.mentee[language]}</strong>${T.menteeText[language]}<ul>${institutions}</ul></a>
<a class="choice" href="${e(applyHref(language, "mentor"))}"><strong>${T.mentor[language]}</strong>${T.mentorText[language]}</a>
</div>`;
}

export const resultTitle = (result: ApplicationResult) =>
  result.status === "eligible" ? T.thanksTitle : T.ineligibleTitle;

/**
 * The eligibility outcome; `lead` (markup) comes right under the heading, and `next` (text),
 * when given, says what happens next instead of the general sentence.
 */
export function renderResult(
  result: ApplicationResult,
  language: Language,
  lead = "",
  next?: string,
): string {
  const reference = `<p>${T.reference[language]} <strong>${e(result.participantId)}</strong></p>`;
  if (result.status === "eligible") {
    return `<h1>${T.thanksTitle[language]}</h1>${lead}<p>${next ? e(next) : T.eligibleText[language]}</p>${reference}`;
  }
  const reasons = result.reasons
    .map((reason) => `<li>${e(reason.message[language])}</li>`)
    .join("");
  return `<h1>${T.ineligibleTitle[language]}</h1>${lead}<p>${T.ineligibleText[language]}</p><ul>${reasons}</ul><p>${T.ineligibleNext[language]}</p>${reference}`;
}

const MAILBOX = {
  title: localized("Pārbaudiet savu e-pastu", "Check your mailbox"),
  sent: {
    lv: "Paldies! Uz norādīto e-pasta adresi esam nosūtījuši vēstuli. Atveriet tajā esošo saiti un apstipriniet pieteikumu {days} — tikai apstiprinātus pieteikumus izskata un iekļauj savietošanā.",
    en: "Thank you! We have sent a message to the e-mail address you gave. Open the link in it and confirm the application {days}: only confirmed applications are considered and matched.",
  },
  days: {
    lv: { zero: "{count} dienu laikā", one: "{count} dienas laikā", other: "{count} dienu laikā" },
    en: { one: "within {count} day", other: "within {count} days" },
  } satisfies PluralForms,
  spam: localized(
    "Ja vēstule nepienāk dažu minūšu laikā, pārbaudiet mēstuļu mapi. Ja ar šo adresi pieteikums jau ir iesniegts, vēstulē būs tā statuss.",
    "If nothing arrives within a few minutes, look in the spam folder. If you have applied with this address before, the message tells you the status of that application.",
  ),
};

export const CHECK_MAILBOX_TITLE = MAILBOX.title;

const mailboxSent = (language: Language) =>
  format(MAILBOX.sent[language], { days: countPhrase(language, CONFIRMATION_DAYS, MAILBOX.days) });

/** The one answer to every application (JSON), whatever its address has applied before. */
export const checkMailboxMessage = (): Localized => ({
  lv: `${mailboxSent("lv")} ${MAILBOX.spam.lv}`,
  en: `${mailboxSent("en")} ${MAILBOX.spam.en}`,
});

/** The page of that answer: the same bytes for a new, an unconfirmed and a confirmed address. */
export const renderCheckMailbox = (language: Language): string =>
  `<h1>${e(MAILBOX.title[language])}</h1><p>${e(mailboxSent(language))}</p><p>${e(MAILBOX.spam[language])}</p>`;

export const PROBLEM_TITLE = T.problemTitle;

const PROBLEMS: Record<string, Localized> = {
  payload_too_large: localized(
    "Pieteikums ir pārāk garš. Lūdzu, saīsiniet garākās atbildes un mēģiniet vēlreiz.",
    "The application is too long. Please shorten the longest answers and try again.",
  ),
  unsupported_media_type: localized(
    "Pieteikums nosūtīts neparedzētā veidā. Lūdzu, aizpildiet veidlapu šajā lapā.",
    "The application was sent in an unexpected way. Please fill in the form on this site.",
  ),
  malformed_body: localized(
    "Pieteikumu neizdevās nolasīt. Lūdzu, mēģiniet vēlreiz.",
    "We could not read the application. Please try again.",
  ),
};
const UNKNOWN_PROBLEM = localized(
  "Radās kļūda mūsu pusē. Lūdzu, mēģiniet vēlreiz vēlāk vai rakstiet koordinatoram.",
  "Something went wrong on our side. Please try again later or write to the coordinator.",
);

/** A page for requests the form itself cannot show errors for (too large, wrong type). */
export function renderProblem(code: string, language: Language): string {
  const message = (PROBLEMS[code] ?? UNKNOWN_PROBLEM)[language];
  return `<h1>${T.problemTitle[language]}</h1><p role="alert">${e(message)}</p><p><a href="${e(applyHref(language))}">${T.backToForm[language]}</a></p>`;
}
