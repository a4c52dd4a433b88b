import type { LinkProblem } from "../forms/form-pages.js";
import { escapeHtml, PROGRAMME_NAME } from "../forms/render-page.js";
import { format as fill, type Language, type Localized, localized } from "../i18n/localized.js";

/** The relationship's dynamics over time (DOMAIN.md): reminders change their tone with it. */
export type DynamicsPhase = "acquaintance" | "development" | "maturity" | "closure";

export type MailKind =
  | "welcome"
  | "welcome_mentor"
  | "session_invite"
  | "session_cancelled"
  | "session_reminder"
  | "certificate"
  | "certificate_thanks"
  | "escalation"
  | "escalation_reminder"
  | "link_request";

/** An e-mail's texts; a form kind keeps the templates of its own e-mails (shared/domain/forms/). */
export interface MailTemplate {
  subject: Localized;
  /** Why the person gets this e-mail and what to do. */
  body: Localized;
  button?: Localized;
  /** Instead of "Hello {name}": for mail to an address whose owner we do not know yet. */
  greeting?: Localized;
  /** Instead of "because you take part": why someone who has not taken part gets it. */
  why?: Localized;
  /** What a `{reason}` code reads as, when the caller passes a code rather than words. */
  reasons?: Record<string, Localized>;
}

/** Why the coordinator gets the workflow's e-mails to the coordinator. */
export const COORDINATOR_WHY = localized(
  "Jūs saņemat šo e-pastu, jo koordinējat programmu „{programme}”.",
  "You receive this e-mail because you coordinate the “{programme}”.",
);

/** A link problem as the coordinator reads it in a link request (never the code itself). */
const LINK_PROBLEMS: Record<LinkProblem, Localized> = {
  unknown: localized("saite nav atpazīta", "the link is not recognised"),
  expired: localized("saites derīguma termiņš ir beidzies", "the link has expired"),
  answered: localized("veidlapa jau ir aizpildīta", "the form has already been answered"),
  closed: localized("veidlapa vairs netiek gaidīta", "the form is no longer waited for"),
};

const TEMPLATES: Record<MailKind, MailTemplate> = {
  // The guidelines: the mentee gets in touch and arranges the first meeting; the mentor
  // fills in the plan after it. Each side reads what is theirs to do.
  welcome: {
    subject: localized("Laipni lūdzam mentoringa programmā", "Welcome to the mentoring programme"),
    body: localized(
      "Visi ir piekrituši — jūsu sadarbība ({partners}) sākas! Pirmo tikšanos sarunājat jūs: sazinieties, izmantojot zemāk norādīto kontaktinformāciju (ja atbildēsiet uz šo e-pastu, jūsu vēstule nonāks tieši turpat norādītajā adresē), un vienojieties par laiku nākamo divu nedēļu laikā. Pirmajā tikšanās reizē iepazīstieties, pārrunājiet gaidas, mērķus, konfidencialitāti un tikšanās ritmu (1–2 reizes mēnesī). Sarunai palīdz pieci aptuveni 6 minūšu bloki: iepazīšanās un vērtības; attieksme un gaidas; vērtības un personīgais stils; motivācija un enerģija; cilvēciskā saderība. Pēc pirmās tikšanās sadarbības plānu aizpildīs mentorējošā puse, un plānu saņems visi dalībnieki.",
      "Everyone has agreed: your mentoring relationship ({partners}) begins! You arrange the first meeting: write to your mentor (the contact details are below, and a reply to this e-mail reaches the mentor) and agree on a time within the next two weeks. At the first meeting get to know each other and talk about expectations, goals, confidentiality and the rhythm of meetings (1–2 a month). Five blocks of about 6 minutes guide the conversation: acquaintance and values; attitude and expectations; values and personal style; motivation and energy; human compatibility. After the first meeting the mentor fills in the plan.",
    ),
    // Mentees get the introduction form as their button; mentors the conversation guide.
    button: localized("Sagatavoties pirmajai tikšanās reizei", "Prepare for the first meeting"),
  },
  welcome_mentor: {
    subject: localized("Laipni lūdzam mentoringa programmā", "Welcome to the mentoring programme"),
    body: localized(
      "Visi ir piekrituši — jūsu sadarbība ({partners}) sākas! Pirmo tikšanos sarunā mentorējamā puse: gaidiet ziņu tuvāko dienu laikā; ja tās nav, droši sāciet saraksti (kontaktinformācija ir zemāk; ja atbildēsiet uz šo e-pastu, jūsu vēstule nonāks tieši turpat norādītajā adresē). Pirmajā tikšanās reizē iepazīstieties, pārrunājiet gaidas, mērķus, konfidencialitāti un tikšanās ritmu (1–2 reizes mēnesī). Sarunai palīdz pieci aptuveni 6 minūšu bloki: iepazīšanās un vērtības; attieksme un gaidas; vērtības un personīgais stils; motivācija un enerģija; cilvēciskā saderība. Pēc pirmās tikšanās jūs aizpildīsiet sadarbības plānu: saiti uz to saņemsiet atsevišķā e-pastā.",
      "Everyone has agreed: your mentoring relationship ({partners}) begins! The mentee arranges the first meeting: expect to hear from them in the next few days, and if you do not, feel free to write first (the contact details are below, and a reply to this e-mail reaches the mentee). At the first meeting get to know each other and talk about expectations, goals, confidentiality and the rhythm of meetings (1–2 a month). Five blocks of about 6 minutes guide the conversation: acquaintance and values; attitude and expectations; values and personal style; motivation and energy; human compatibility. After the first meeting you fill in the plan: its link comes in a separate e-mail.",
    ),
    button: localized("Sagatavoties pirmajai tikšanās reizei", "Prepare for the first meeting"),
  },
  session_invite: {
    subject: localized(
      "Kalendāram: {session}. mentoringa tikšanās {when}",
      "For your calendar: mentoring session {session} on {when}",
    ),
    body: localized(
      "{session}. tikšanās ({partners}) ir plānota {when} (Rīgas laiks). Pielikumā ir kalendāra ielūgums: atveriet to, lai tikšanās nonāktu jūsu kalendārā. Ja datums mainīsies, saņemsiet jaunu ielūgumu, kas atjaunos to pašu notikumu.",
      "Session {session} ({partners}) is planned for {when} (Riga time). The attached calendar invite puts it in your calendar. If the date changes you get a new invite that updates the same event.",
    ),
  },
  session_cancelled: {
    subject: localized(
      "Atcelta: {session}. mentoringa tikšanās {when}",
      "Cancelled: mentoring session {session} on {when}",
    ),
    body: localized(
      "{session}. tikšanās ({partners}), kas bija plānota {when}, vairs nenotiks: {reason} Pielikumā esošais atcelšanas paziņojums to izņems no jūsu kalendāra.",
      "Session {session} ({partners}) planned for {when} will not take place: {reason} The attached cancellation removes it from your calendar.",
    ),
  },
  session_reminder: {
    subject: localized(
      "Atgādinājums: {session}. tikšanās {when}",
      "Reminder: session {session} on {when}",
    ),
    body: localized(
      "{session}. tikšanās ir plānota {when} (Rīgas laikā). {tone}",
      "Session {session} is planned for {when} (Riga time). {tone}",
    ),
  },
  certificate: {
    subject: localized(
      "Jūsu mentoringa programmas sertifikāts",
      "Your mentoring programme certificate",
    ),
    body: localized(
      "Apsveicam! Jūsu mentoringa sadarbība ({partners}) programmā „{programme}” ir pabeigta, tāpēc pielikumā nosūtām jūsu sertifikātu (PDF, latviešu un angļu valodā). Sertifikāta kods: {code}. Ikviens, kam to parādīsiet, var pārliecināties par tā īstumu pārbaudes lapā; tajā redzams tikai jūsu vārds, programma un sadarbības laikposms.",
      "Congratulations! Your mentoring relationship ({partners}) in the “{programme}” is complete, so the attached PDF is your certificate, in Latvian and English. Certificate ID: {code}. Anyone you show it to can confirm that it is genuine on the verification page, which shows only your name, the programme and the period.",
    ),
    button: localized("Pārbaudīt sertifikātu", "Verify the certificate"),
  },
  certificate_thanks: {
    subject: localized("Paldies par jūsu darbu mentoringā", "Thank you for mentoring"),
    body: localized(
      "Paldies par laiku un pieredzi, ko veltījāt mentoringam programmā „{programme}”! Jūsu sadarbība ({partners}) ir noslēgta, un pielikumā ir pateicības raksts (PDF, latviešu un angļu valodā). Tā kods: {code}. Ikviens var pārliecināties par tā īstumu pārbaudes lapā; tajā redzams tikai jūsu vārds, programma un sadarbības laikposms.",
      "Thank you for the time and experience you gave to mentoring in the “{programme}”! Your mentoring relationship ({partners}) has come to its end, and the attached PDF is a letter of thanks, in Latvian and English. Its ID: {code}. Anyone can confirm that it is genuine on the verification page, which shows only your name, the programme and the period.",
    ),
    button: localized("Pārbaudīt pateicības rakstu", "Verify the letter of thanks"),
  },
  escalation: {
    subject: localized("Nepieciešams jūsu lēmums: {reason}", "Your decision is needed: {reason}"),
    body: localized(
      "Mentoringa sadarbība ir apstājusies un gaida jūsu lēmumu: turpināt, pagarināt, plānot no jauna, savietot no jauna, pauzēt vai noslēgt. Dalībnieki: {relationship}.",
      "The mentoring relationship has stopped and waits for the coordinator's decision (continue, extend, replan, rematch, pause or close). Participants: {relationship}.",
    ),
    button: localized("Atvērt konsolē", "Open in the console"),
    why: COORDINATOR_WHY,
  },
  link_request: {
    subject: localized(
      "Lūgums pēc jaunas veidlapas saites ({reason})",
      "A participant asks for a new form link ({reason})",
    ),
    body: localized(
      "Kāds atvēra veidlapas saiti, kas vairs nedarbojas ({reason}; sadarbība: {relationship}), un lūdza jaunu. Pieprasījums ir redzams konsolē, kur varat nosūtīt veidlapu vēlreiz.",
      "Someone opened a form link that no longer works ({reason}; relationship: {relationship}) and asked for a new one. The request is in the console, where you can send the form again.",
    ),
    button: localized("Atvērt konsolē", "Open in the console"),
    why: COORDINATOR_WHY,
    reasons: LINK_PROBLEMS,
  },
  escalation_reminder: {
    subject: localized(
      "Atgādinājums: lēmums vēl nav pieņemts ({reason})",
      "Reminder: no decision yet ({reason})",
    ),
    body: localized(
      "Sadarbība ({relationship}) joprojām gaida jūsu lēmumu. Ja lēmums netiks pieņemts 14 dienu laikā, sadarbība turpināsies.",
      "The relationship ({relationship}) still waits for your decision. Without a decision within 14 days it will continue.",
    ),
    button: localized("Atvērt konsolē", "Open in the console"),
    why: COORDINATOR_WHY,
  },
};

const TONES: Record<DynamicsPhase, Localized> = {
  acquaintance: localized(
    "Sadarbības sākumā sarunu struktūru vada mentorējošā puse: sagatavojiet jautājumus un pārrunājiet pirmo 30 dienu mērķus.",
    "Early on the mentor leads the structure: bring your questions and agree on the goals for the first 30 days.",
  ),
  development: localized(
    "Sadarbība attīstās: pārrunājiet, kas izmēģināts kopš pēdējās reizes, un sabalansējiet atbalstu ar izaicinājumu.",
    "The relationship is developing: talk about what you tried since last time and balance support with challenge.",
  ),
  maturity: localized(
    "Jūsu sadarbība ir nobriedusi: lai šīs tikšanās mērķi nosaka mentorējamā puse.",
    "Your relationship has matured: let the mentee set the goal of this meeting.",
  ),
  closure: localized(
    "Tuvojas noslēgums: pārskatiet sasniegto un vienojieties, kā turpināt mācīties patstāvīgi.",
    "The end is near: look back at what you achieved and agree how to keep learning on your own.",
  ),
};

const T = {
  // Latvian greets without the name: a name in the vocative would need its declension
  // (and the person's gender), and the nominative after a greeting is wrong.
  greeting: localized("Labdien!", "Hello {name},"),
  contact: localized(
    "Jautājumi? Rakstiet koordinatoram: {contact}",
    "Questions? Write to the coordinator: {contact}",
  ),
  why: localized(
    "Jūs saņemat šo e-pastu, jo piedalāties programmā „{programme}”.",
    "You receive this e-mail because you take part in the “{programme}”.",
  ),
};

export interface MailValues {
  name: string;
  link?: string;
  contact: string;
  partners?: string;
  session?: number;
  when?: string;
  dynamics?: DynamicsPhase;
  reason?: string;
  relationship?: string;
  /** A programme round's name, in the reader's language. */
  cohort?: string;
  /** A certificate's id, as printed on it. */
  code?: string;
  /** More pages worth opening, shown under the button (e.g. the first-meeting guides). */
  moreLinks?: { label: string; url: string }[];
  /** Answers to pass on (e.g. a mentee's introduction), grouped under headings. */
  sections?: { title: string; entries: { label: string; text: string }[] }[];
}

/** Every e-mail kind the workflow sends by name (the templates above, one per kind). */
export const MAIL_KINDS = Object.keys(TEMPLATES) as MailKind[];

/** A rendered e-mail: subject, a plain-text part and HTML with one clear button. */
export function renderMail(kind: MailKind | MailTemplate, language: Language, values: MailValues) {
  const template = typeof kind === "string" ? TEMPLATES[kind] : kind;
  const vars: Record<string, string | number> = {
    name: values.name,
    contact: values.contact,
    partners: values.partners ?? "",
    session: values.session ?? "",
    when: values.when ?? "",
    reason: (values.reason && template.reasons?.[values.reason]?.[language]) ?? values.reason ?? "",
    relationship: values.relationship ?? "",
    cohort: values.cohort ?? "",
    code: values.code ?? "",
    programme: PROGRAMME_NAME[language],
    tone: values.dynamics ? TONES[values.dynamics][language] : "",
  };
  const subject = fill(template.subject[language], vars);
  const body = fill(template.body[language], vars);
  const greeting = fill((template.greeting ?? T.greeting)[language], vars);
  const why = fill((template.why ?? T.why)[language], vars);
  const contact = fill(T.contact[language], vars);
  const button = template.button && values.link ? template.button[language] : undefined;
  const more = values.moreLinks ?? [];
  const sections = values.sections ?? [];
  const text = [
    greeting,
    "",
    body,
    ...(button && values.link ? ["", `${button}: ${values.link}`] : []),
    ...more.flatMap((l) => ["", `${l.label}: ${l.url}`]),
    ...sections.flatMap((section) => [
      "",
      section.title.toUpperCase(),
      ...section.entries.flatMap((entry) => [`${entry.label}:`, entry.text, ""]),
    ]),
    "",
    why,
    contact,
  ].join("\n");
  const moreHtml = more.length
    ? `<ul>${more.map((l) => `<li><a href="${escapeHtml(l.url)}" style="color:#7a1f2b">${escapeHtml(l.label)}</a></li>`).join("")}</ul>`
    : "";
  const sectionsHtml = sections
    .map(
      (section) =>
        `<h2 style="font-size:1rem;margin:1.25rem 0 .5rem">${escapeHtml(section.title)}</h2><dl>${section.entries
          .map(
            (entry) =>
              `<dt style="font-weight:600">${escapeHtml(entry.label)}</dt><dd style="margin:0 0 .75rem;white-space:pre-line">${escapeHtml(entry.text)}</dd>`,
          )
          .join("")}</dl>`,
    )
    .join("");
  // A whole document (title, one heading, main and footer landmarks), so a mail reader or a
  // screen reader that shows the HTML on its own finds its way as on the forms (axe-checked).
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;color:#1b1b1f;max-width:36rem;margin:auto;padding:1rem">
<main><h1 style="color:#7a1f2b;font-size:1rem;font-weight:600;margin:1rem 0">${escapeHtml(PROGRAMME_NAME[language])}</h1>
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>
${button && values.link ? `<p><a href="${escapeHtml(values.link)}" style="display:inline-block;background:#7a1f2b;color:#fff;padding:.75rem 1.25rem;border-radius:.375rem;text-decoration:none;font-weight:600">${escapeHtml(button)}</a></p>` : ""}${moreHtml}${sectionsHtml}</main>
<footer><p style="color:#4a4a55;font-size:.9rem">${escapeHtml(why)}<br>${escapeHtml(contact)}</p></footer></body></html>`;
  return {
    subject,
    text,
    html,
    links: [...(values.link ? [values.link] : []), ...more.map((l) => l.url)],
  };
}

/** The dynamics phase of a session (first quarter acquaintance, last session closure). */
export function dynamicsOf(session: number, total: number): DynamicsPhase {
  if (session >= total) return "closure";
  const share = session / Math.max(1, total);
  if (share <= 0.25) return "acquaintance";
  if (share <= 0.75) return "development";
  return "maturity";
}
