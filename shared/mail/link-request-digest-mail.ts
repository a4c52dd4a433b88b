import { formatCalendarDate, rigaDate } from "../certificates/certificate-texts.js";
import { format, type Language, localized } from "../i18n/localized.js";
import { COORDINATOR_WHY, type MailTemplate } from "./workflow-mail.js";

const T = {
  subject: localized(
    "Jaunas saites lūgumi no neatpazītām saitēm: {count}",
    "Requests for a new link from unrecognised links: {count}",
  ),
  body: localized(
    "Saņemti lūgumi pēc jaunas veidlapas saites no saitēm, kuras sistēma neatpazīst. Laiks: {when} (Rīgas laiks). Lūgumu skaits: {count}. Visi lūgumi ir redzami konsolē. Šādus lūgumus apkopojam vienā e-pastā stundā, lai to daudzums nevarētu pārpludināt pastu un apturēt programmas e-pastus.",
    "People asked for a new form link from links the system does not recognise. Time: {when} (Riga time). Number of requests: {count}. Every request is in the console. Such requests come as one summary an hour, so that their number cannot flood the mailbox and stop the programme's e-mails.",
  ),
  button: localized("Atvērt konsolē", "Open in the console"),
};

/**
 * The coordinator's hourly summary of requests from unrecognised links: how many and when,
 * never the links or addresses themselves (those are in the console).
 */
export function linkRequestDigestMail(count: number): MailTemplate {
  const fill = (text: string) => format(text, { count });
  return {
    subject: localized(fill(T.subject.lv), fill(T.subject.en)),
    body: localized(fill(T.body.lv), fill(T.body.en)),
    button: T.button,
    why: COORDINATOR_WHY,
  };
}

/** "9.00": a Riga wall-clock time as Latvian writes it (hours without a leading zero, a dot). */
const rigaTimeLv = (instant: string) => {
  const [hour, minute] = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Riga",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(new Date(instant))
    .split(":");
  return `${Number(hour)}.${minute}`;
};

/**
 * The slot's hour in Riga time: "2027. gada 4. janvāris, plkst. 12.00–13.00" (a label's
 * value, so the nominative), "4 January 2027, 12:00–13:00".
 */
export const digestPeriod = (start: string, end: string, language: Language) =>
  language === "lv"
    ? `${formatCalendarDate(rigaDate(start), "lv")}, plkst. ${rigaTimeLv(start)}–${rigaTimeLv(end)}`
    : new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Riga",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      }).formatRange(new Date(start), new Date(end));
