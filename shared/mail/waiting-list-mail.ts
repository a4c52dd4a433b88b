import { formatCalendarDate, rigaDate } from "../certificates/certificate-texts.js";
import { format, type Language, type Localized, localized } from "../i18n/localized.js";
import type { Cohort } from "../schemas/cohort.js";
import { formatRigaDayUntil, formatRigaInText } from "../schemas/form-answers.js";
import type { WaitingListSource } from "../schemas/waiting-list.js";
import type { MailTemplate } from "./workflow-mail.js";

/**
 * The waiting list's e-mails. Whoever typed an address may not own it, so they greet nobody
 * by name, say why the address gets them, and each has the one-click way off the list.
 */

const GREETING = localized("Labdien!", "Hello,");
const WHY = localized(
  "Jūs saņemat šo e-pastu, jo šī e-pasta adrese ir programmas „{programme}” gaidītāju sarakstā.",
  "You receive this e-mail because this e-mail address is on the waiting list of the “{programme}”.",
);
const LEAVE = localized("Izstāties no gaidītāju saraksta", "Leave the waiting list");
/** The label of the leave link under an e-mail's button. */
export const LEAVE_LINK_LABEL = LEAVE;

/** When the next intake opens, as a sentence; "not planned yet" without a date. */
export function nextIntakeSentence(opensAt: string | undefined, language: Language): string {
  if (!opensAt)
    return language === "lv"
      ? "Nākamās pieteikšanās laiks vēl nav noteikts."
      : "No next intake is planned yet.";
  const day = rigaDate(opensAt);
  return language === "lv"
    ? `Nākamā pieteikšanās sāksies ${formatCalendarDate(day, "lv", "locative")}.`
    : `The next intake opens on ${formatCalendarDate(day, "en")}.`;
}

const JOINED: Record<WaitingListSource, MailTemplate> = {
  form: {
    subject: localized(
      "Jūsu adrese ir mentoru programmas gaidītāju sarakstā",
      "You are on the mentoring programme's waiting list",
    ),
    body: localized(
      "Paldies! Šī e-pasta adrese ir mentoru programmas gaidītāju sarakstā: kad sāksies nākamā pieteikšanās, mēs jums uzrakstīsim. {next} Ja vairs nevēlaties saņemt šīs ziņas vai adresi sarakstam pievienojāt ne jūs, nospiediet pogu, un adrese tiks dzēsta no saraksta.",
      "Thank you! This e-mail address is on the mentoring programme's waiting list: we will write to you when the next intake opens. {next} If you no longer want these messages, or it was not you who added the address, press the button and the address is taken off the list.",
    ),
    button: LEAVE,
    greeting: GREETING,
    why: WHY,
  },
  not_this_round: {
    subject: localized(
      "Jūsu adrese ir mentoru programmas gaidītāju sarakstā",
      "You are on the mentoring programme's waiting list",
    ),
    body: localized(
      "Paldies par pacietību! Šajā programmas kārtā jums piemērotu sadarbību neizdevās atrast, tāpēc jūsu adresi esam pievienojuši gaidītāju sarakstam: kad sāksies nākamā pieteikšanās, mēs jums uzrakstīsim. {next} Ja vairs nevēlaties saņemt šīs ziņas, nospiediet pogu, un adrese tiks dzēsta no saraksta.",
      "Thank you for your patience! In this round of the programme we could not find a suitable mentoring relationship for you, so we have put your address on the waiting list: we will write to you when the next intake opens. {next} If you no longer want these messages, press the button and the address is taken off the list.",
    ),
    button: LEAVE,
    greeting: GREETING,
    why: WHY,
  },
};

/** "You are on the waiting list", with when the next intake opens (or that none is planned). */
export function joinedMail(source: WaitingListSource, nextOpensAt: string | undefined) {
  const template = JOINED[source];
  const fill = (language: Language) =>
    format(template.body[language], { next: nextIntakeSentence(nextOpensAt, language) });
  return { ...template, body: { lv: fill("lv"), en: fill("en") } } satisfies MailTemplate;
}

const OPEN = {
  subject: localized(
    "Sākusies pieteikšanās mentoru programmai: {cohort}",
    "Applications are open: {cohort}",
  ),
  body: localized(
    "Ir sākusies pieteikšanās mentoru programmas kārtai „{cohort}”. Pieteikumus pieņemam līdz {closes}. {seminar}Lai pieteiktos, nospiediet pogu un aizpildiet pieteikuma veidlapu. Jūs paliekat gaidītāju sarakstā un saņemsiet ziņu arī par nākamajām kārtām, līdz no tā izstāsieties ar saiti zemāk.",
    "Applications are open for the mentoring programme's round “{cohort}”, until {closes}. {seminar}To apply, press the button and fill in the application form. You stay on the waiting list and will hear about later rounds too, until you leave it with the link below.",
  ),
  seminar: localized(
    "Informatīvais seminārs notiks {when} ({place}). ",
    "The information seminar is on {when} ({place}). ",
  ),
  button: localized("Pieteikties", "Apply"),
} satisfies Record<string, Localized>;

/** The last day applications are taken: an intake closing at midnight ends the day before. */
const lastDay = (closesAt: string) => new Date(Date.parse(closesAt) - 60_000);

/** "The intake of the round is open": its close, its seminar while ahead, the form's button. */
export function intakeOpenMail(cohort: Cohort, now: Date): MailTemplate {
  const fill = (language: Language) => {
    const seminar =
      Date.parse(cohort.seminar.at) > now.getTime()
        ? format(OPEN.seminar[language], {
            when: formatRigaInText(new Date(cohort.seminar.at), language),
            place: cohort.seminar.place,
          })
        : "";
    const values = {
      cohort: cohort.name[language],
      closes: formatRigaDayUntil(lastDay(cohort.intakeClosesAt), language),
      seminar,
    };
    return {
      subject: format(OPEN.subject[language], values),
      body: format(OPEN.body[language], values),
    };
  };
  const lv = fill("lv");
  const en = fill("en");
  return {
    subject: { lv: lv.subject, en: en.subject },
    body: { lv: lv.body, en: en.body },
    button: OPEN.button,
    greeting: GREETING,
    why: WHY,
  };
}
