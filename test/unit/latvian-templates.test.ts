import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { LINK_STATUS } from "../../functions/forms/form-page.js";
import { MemoryStore } from "../../shared/adapters/memory/memory-store.js";
import { MemoryWorkflowStore } from "../../shared/adapters/memory/memory-workflow-store.js";
import { newCertificateId } from "../../shared/certificates/certificate-id.js";
import { renderVerification } from "../../shared/certificates/verification-page.js";
import {
  checkEligibility,
  INELIGIBILITY_MESSAGES,
  ineligibilityCodeSchema,
} from "../../shared/domain/check-eligibility.js";
import { REPORT_MAIL } from "../../shared/domain/cohorts/send-cohort-report.js";
import {
  COHORT_ESCALATION_MAILS,
  COHORT_MAILS,
} from "../../shared/domain/cohorts/workflow/cohort-mails.js";
import { programmeCalendar } from "../../shared/domain/cohorts/workflow/kickoff-calendar.js";
import { ESCALATION_REASONS } from "../../shared/domain/escalations/escalation-reasons.js";
import type { FormKindModule } from "../../shared/domain/forms/form-kind.js";
import { FORM_KINDS } from "../../shared/domain/forms/form-kinds.js";
import { closeRelationship } from "../../shared/domain/workflow/close-relationship.js";
import { sendSessionInvites } from "../../shared/domain/workflow/send-session-invites.js";
import { sendSessionReminder } from "../../shared/domain/workflow/send-session-reminder.js";
import { sendWelcome } from "../../shared/domain/workflow/send-welcome.js";
import type { WorkflowDeps } from "../../shared/domain/workflow/workflow-deps.js";
import { MENTEE_FORM, MENTOR_FORM } from "../../shared/forms/application-form.js";
import {
  checkMailboxMessage,
  renderCheckMailbox,
  renderChooseRole,
  renderProblem,
  renderResult,
} from "../../shared/forms/application-pages.js";
import {
  type ConfirmationProblem,
  renderConfirmationProblem,
  renderConfirmed,
  renderConfirmForm,
} from "../../shared/forms/confirmation-pages.js";
import type { FormContext } from "../../shared/forms/form-fields.js";
import {
  EMAIL_NEEDED,
  type LinkProblem,
  linkProblemTitle,
  linkRequestForm,
  renderLinkProblem,
  renderLinkRequested,
  renderThanks,
  THANKS_TITLE,
} from "../../shared/forms/form-pages.js";
import { GUIDE_NAMES, renderGuide, renderNoSuchGuide } from "../../shared/forms/guide-pages.js";
import { renderTooManyRequests } from "../../shared/forms/limit-pages.js";
import { profileOf, renderMatchDetails } from "../../shared/forms/partner-profile.js";
import { type FieldErrors, renderForm } from "../../shared/forms/render-form.js";
import { PROGRAMME_NAME, renderPage } from "../../shared/forms/render-page.js";
import {
  intakeClosedMessage,
  renderWaitingList,
  renderWaitingListPage,
  waitingListForm,
  waitingListPageTitle,
} from "../../shared/forms/waiting-list-pages.js";
import { workflowForm } from "../../shared/forms/workflow-forms.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { localized } from "../../shared/i18n/localized.js";
import { pluralCategory } from "../../shared/i18n/plural.js";
import {
  APPLICATION_MAIL_KINDS,
  APPLICATION_STANDINGS,
  applicationMail,
} from "../../shared/mail/application-mail.js";
import { digestPeriod, linkRequestDigestMail } from "../../shared/mail/link-request-digest-mail.js";
import { renderUndeliverableMail } from "../../shared/mail/mail-undeliverable-mail.js";
import {
  intakeOpenMail,
  joinedMail,
  LEAVE_LINK_LABEL,
} from "../../shared/mail/waiting-list-mail.js";
import {
  type DynamicsPhase,
  MAIL_KINDS,
  type MailKind,
  type MailTemplate,
  type MailValues,
  renderMail,
} from "../../shared/mail/workflow-mail.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import { formatRigaInText } from "../../shared/schemas/form-answers.js";
import { suppressionReasonSchema } from "../../shared/schemas/mail-event.js";
import type { Participant } from "../../shared/schemas/participant.js";
import {
  waitingListJoinSchema,
  waitingListSourceSchema,
} from "../../shared/schemas/waiting-list.js";
import {
  type FormKind,
  type FormRequest,
  formKindSchema,
  type Relationship,
  relationshipSchema,
} from "../../shared/schemas/workflow.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { cohortFormTexts } from "../fixtures/cohort-form-texts.js";
import { PLAN } from "../fixtures/form-answers.js";
import { cohortFixture } from "../fixtures/memory-deps.js";
import { RecordingMailer } from "../fixtures/recording-mailer.js";

/**
 * Every Latvian e-mail and page, once with a woman's and once with a man's name as the
 * partner (and the other as the reader), read for the known grammar faults (issue 12, items
 * 7 and 8): a preposition or a greeting before a nominative name, a role word or participle
 * of the other gender next to a name, English words and codes, "tu", "Jūs" mid-sentence,
 * ISO or English dates and clock times with a colon, decimal points, a singular participle
 * after a plural subject, hedged forms like "(-usi)" and plural forms that do not fit.
 */

// --- the people -------------------------------------------------------------------------

type Gender = "f" | "m";
interface Person {
  name: string;
  gender: Gender;
  email: string;
}
const LAURA: Person = { name: "Laura Priede", gender: "f", email: "laura.priede@example.lv" };
const ILZE: Person = { name: "Ilze Bērziņa", gender: "f", email: "ilze.berzina@example.lv" };
const JANIS: Person = { name: "Jānis Ozols", gender: "m", email: "janis.ozols@example.lv" };
const ANDRIS: Person = { name: "Andris Kalniņš", gender: "m", email: "andris.kalnins@example.lv" };
const PEOPLE = [LAURA, ILZE, JANIS, ANDRIS];

/** The two casts: a woman as the partner read about, then a man. */
interface Cast {
  label: string;
  partner: Person;
  reader: Person;
}
const CASTS: Cast[] = [
  { label: "a woman as the partner, a man reading", partner: LAURA, reader: ANDRIS },
  { label: "a man as the partner, a woman reading", partner: JANIS, reader: ILZE },
];

const CONTACT = "mentori@example.lv";
const LINK = "https://forms.example.lv/f/f_0001.sig_nature?lang=lv";
// 8 December 2026, 9:00 in Riga.
const WHEN = new Date("2026-12-08T07:00:00.000Z");

// --- reading the text of a mail or page ---------------------------------------------------

const INLINE = /^(a|strong|em|span|b|i|abbr|code)$/i;

/** The words a person reads: tags gone (block ends break lines), entities back, no addresses. */
function readableText(source: string): string {
  return (
    source
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "\n")
      .replace(/<!doctype[^>]*>/gi, "\n")
      // The language switch names the other language in that language.
      .replace(/<a\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/a>/gi, " ")
      .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) =>
        INLINE.test(name) ? " " : "\n",
      )
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/(?:https?:\/\/|mailto:)\S+/g, " ")
      .replace(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi, " ")
      .replace(/[ \t]+/g, " ")
  );
}

// --- the checks ---------------------------------------------------------------------------

const L = "\\p{L}";
/** A whole word (JS \b knows no diacritics). */
const word = (body: string, flags = "giu") =>
  new RegExp(`(?<![${L}\\d_])(?:${body})(?![${L}\\d_])`, flags);

const firstNames = (people: Person[]) => people.map((p) => p.name.split(" ")[0] as string);
/** Where a pattern matched, with a little of its surroundings. */
const hits = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) =>
    text.slice(Math.max(0, (m.index ?? 0) - 25), (m.index ?? 0) + m[0].length + 25).trim(),
  );

const PREPOSITIONS = "par|ar|no|pie|uz|līdz|pēc|bez|pret|priekš|starp|kopā ar|dēļ|pa|zem|virs";
const ROLE_OBLIQUE =
  "mentoram|mentorei|mentora|mentores|mentoru|mentorējamajam|mentorējamajai|mentorējamā|dalībniekam|dalībniecei|dalībnieka|dalībnieces|partnerim|partnerei|partnera|partneres|koordinatoram|koordinatorei";

/** Masculine role words and past participles, wrong next to a woman's name. */
const MASCULINE = [
  "mentors",
  "mentoram",
  "mentorējamais",
  "mentorējamajam",
  "partneris",
  "partnerim",
  "dalībnieks",
  "dalībniekam",
  "koordinators",
  "koordinatoram",
  "vadītājs",
  "gatavs",
  "iekļauts",
  "pats",
  "pirmais",
  `${L}{2,}(?:ījis|ājis|ējis|ēcis|cis|dzis|ņēmis|jies|cies|zies)`,
].join("|");
/** Feminine ones, wrong next to a man's name ("mentorējamā puse" is the side, not the person). */
const FEMININE = [
  "mentore",
  "mentorei",
  "mentorējamā(?!\\s+pus)",
  "mentorējamajai(?!\\s+pus)",
  "partnere",
  "partnerei",
  "dalībniece",
  "dalībniecei",
  "koordinatore",
  "koordinatorei",
  "vadītāja",
  "gatava",
  "iekļauta",
  "pati",
  "pirmā(?!\\s+(?:tikšan|sarun|reiz))",
  `${L}{3,}(?:usi|usies)`,
].join("|");

/** The words near each occurrence of a name, within its clause (a sentence or a line). */
function near(text: string, name: string, reach = 45): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(name, "g"))) {
    const at = m.index ?? 0;
    const before =
      text
        .slice(Math.max(0, at - reach), at)
        .split(/[.!?;\n]/)
        .at(-1) ?? "";
    const after = text.slice(at + name.length, at + name.length + reach).split(/[.!?;\n]/)[0] ?? "";
    out.push(`${before}⟨${name}⟩${after}`);
  }
  return out;
}

const ENGLISH = [
  "the",
  "and",
  "of",
  "is",
  "are",
  "you",
  "your",
  "please",
  "hello",
  "thank",
  "thanks",
  "reminder",
  "session",
  "meeting",
  "mentee",
  "mentor",
  "coordinator",
  "partner",
  "form",
  "link",
  "goal",
  "plan",
  "riga",
  "e-mail",
  "online",
  "yes",
  "or",
  "for",
  "with",
  "not",
  "will",
  "we",
  "our",
  "here",
  "consent",
  "closure",
  "reflection",
  "checkpoint",
  "completed",
  "expired",
  "answered",
  "unknown",
  "closed",
  "accept",
  "decline",
  "pending",
  "eligible",
  "ineligible",
  "status",
  "undefined",
  "null",
  "NaN",
];
const MONTHS_EN =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTHS_NOMINATIVE =
  "janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|decembris";

/** Counted nouns whose form shows the number: singular after 1, 21...; never after 11. */
const COUNTED = {
  one: "mentorējamais|vārds|solis|dalībnieks|lūgums",
  many: "mentorējamie|vārdi|soļi|dalībnieki|lūgumi",
  genitivePlural: "dienu|minūšu|stundu|nedēļu|mentorējamo|vārdu|soļu|lūgumu",
};

type Finding = { check: string; where: string };
type Check = (text: string) => string[];

/** Every check by its name; each returns the offending places (none when all is well). */
const CHECKS: Record<string, Check> = {
  "a preposition before a nominative name": (text) =>
    hits(text, word(`(?:${PREPOSITIONS})\\s*:?\\s*[(„"]?\\s*(?:${firstNames(PEOPLE).join("|")})`)),
  "a declined role word before a nominative name": (text) =>
    hits(text, word(`(?:${ROLE_OBLIQUE})\\s*:?\\s*[(„"]?\\s*(?:${firstNames(PEOPLE).join("|")})`)),
  "a greeting with a name (no vocative)": (text) =>
    hits(
      text,
      word(`(?:labdien|sveiki|sveicināti|labrīt|labvakar|cienījam${L}*)[,\\s]+\\p{Lu}${L}*`),
    ),
  "a role word or participle of the other gender next to a name": (text) =>
    PEOPLE.flatMap((person) =>
      near(text, person.name)
        .concat(near(text, firstNames([person])[0] as string))
        .filter((window) => word(person.gender === "f" ? MASCULINE : FEMININE, "iu").test(window)),
    ),
  // "Your mentor" is one known person whose gender the programme does not ask.
  "a gendered word for the reader's own partner (jūsu mentors, jūs abi)": (text) =>
    hits(
      text,
      word(
        "jūsu\\s+(?:sadarbības\\s+)?(?:mentors|mentoru|mentoram|mentora|mentore|mentorei|partneris|partneri|partnerim|partnera|partnere|partnerei|mentorējamais|mentorējamo|mentorējamajam|mentorējamā(?!\\s+pus)|mentorējamajai(?!\\s+pus))|jūs\\s+abi|jums\\s+abiem|jūs\\s+abas|jums\\s+abām",
        "giu",
      ),
    ),
  "a hedged form such as (-usi)": (text) =>
    hits(text, new RegExp(`${L}\\(-${L}{1,5}\\)|${L}\\(\\p{Ll}{1,4}\\)|${L}\\/-${L}`, "gu")),
  "an English word": (text) => hits(text, word(ENGLISH.join("|"), "giu")),
  "a code (snake_case, camelCase, JSON or a placeholder)": (text) => [
    ...hits(text, new RegExp(`(?<![${L}\\d_/.-])[a-z]+_[a-z_]+(?![${L}\\d_])`, "gu")),
    ...hits(text, new RegExp(`(?<![${L}])[a-z]+[A-Z][A-Za-z]+`, "gu")),
    ...hits(text, /[{[]\s*"|"\s*:\s*["{[\d]|\{\w+\}|\[object Object\]/g),
  ],
  "the familiar tu": (text) =>
    hits(
      text,
      word(
        "tu|tev|tevi|tevis|tavs|tava|tavu|tavā|tavi|tavas|taviem|tavām|tavos|tavās|vari|vēlies|jūties|sagaidi|redzi|esi|zini|gribi",
        "giu",
      ),
    ),
  "an upper-case Jūs inside a sentence": (text) =>
    hits(text, new RegExp(`[^\\s.!?…:„"(—–-][ \\t]+(?:Jūs|Jums|Jūsu|Jūsos)(?![${L}])`, "gu")),
  "an ISO or English date, or a clock time with a colon": (text) => [
    ...hits(text, /\b\d{4}-\d{2}-\d{2}\b/g),
    ...hits(text, word(MONTHS_EN, "gu")),
    ...hits(text, /(?<![\d.:])\d{1,2}:\d{2}(?![\d:])/g),
  ],
  "a nominative date in running text (not after a label's colon)": (text) =>
    [...text.matchAll(word(`(?:\\d{4}\\. gada )?\\d{1,2}\\. (?:${MONTHS_NOMINATIVE})`, "gu"))]
      .filter((m) => {
        const start = m.index ?? 0;
        const before = text.slice(Math.max(0, start - 3), start);
        // A label's value: after its colon, or alone on its line (a list's or table's cell).
        const alone = /\n\s*$/.test(before) && /^\s*(\n|$)/.test(text.slice(start + m[0].length));
        return !/:\s*$/.test(before) && !alone;
      })
      .map((m) => m[0]),
  "a decimal point in a number": (text) =>
    hits(
      text.replace(/plkst\.\s\d{1,2}\.\d{2}(?:\s?[–-]\s?\d{1,2}\.\d{2})?/g, "plkst. H"),
      /\d\.\d/g,
    ),
  "a singular participle after a plural subject": (text) =>
    hits(
      text,
      word(
        `(?:visi|visas|abi|abas|mēs|viņi|viņas|dalībnieki|partneri)\\s+(?:jau\\s+)?(?:ir|esam|būs|bija|nav)\\s+${L}+(?:is|ies|usi|usies)`,
        "giu",
      ),
    ),
  "a gendered word about the reader (jūs, es)": (text) =>
    hits(
      text,
      word(
        `(?:esat|esmu|neesat|nebiju|būsiet|bijāt|biju)\\s+(?:jau\\s+|vēl\\s+|arī\\s+|kļuvis\\s+)?${L}+(?:is|ies|ts|ds|gs|vs|ns|usi|usies|uši|ušas|ta|da|ga|va|ors|ore|nieks|niece)`,
        "giu",
      ),
    ),
  "a counted noun in the wrong number": (text) =>
    [
      ...text.matchAll(
        word(`(\\d+)\\s+(${COUNTED.one}|${COUNTED.many}|${COUNTED.genitivePlural})`, "giu"),
      ),
    ]
      .filter((m) => {
        const category = pluralCategory("lv", Number(m[1]));
        const noun = (m[2] ?? "").toLowerCase();
        if (word(COUNTED.one, "iu").test(noun)) return category !== "one";
        return category === "one";
      })
      .map((m) => m[0]),
  "a word without its diacritics": (text) =>
    hits(
      text,
      word(
        "ludzu|jus|jusu|merkis|merki|merku|merkiem|tiksanas|tiksanos|sadarbiba|sadarbibu|sanemsiet|planu|plans|lugums|lugumi|velaties|japarbauda",
        "giu",
      ),
    ),
};

/** Every finding of every check in one Latvian text. */
function findings(text: string): Finding[] {
  return Object.entries(CHECKS).flatMap(([check, run]) =>
    run(text).map((where) => ({ check, where })),
  );
}

// --- what is rendered -----------------------------------------------------------------------

interface Rendered {
  /** Which template, as the failure names it. */
  what: string;
  text: string;
}

const mailText = (what: string, mail: { subject: string; text: string; html: string }) => [
  { what: `${what} (subject)`, text: mail.subject },
  { what: `${what} (text)`, text: readableText(mail.text) },
  { what: `${what} (html)`, text: readableText(mail.html) },
];

const page = (what: string, title: { lv: string }, content: string): Rendered => ({
  what,
  text: readableText(
    renderPage({
      language: "lv",
      title: localized(title.lv, "-"),
      content,
      otherLanguageHref: "/x?lang=en",
      contactEmail: CONTACT,
    }),
  ),
});

const contacts = (cast: Cast) => [
  {
    title: "Kā sazināties",
    entries: [{ label: cast.partner.name, text: `e-pasts: ${cast.partner.email}` }],
  },
];

/** The values each named e-mail is sent with (a new kind fails the coverage test below). */
const MAIL_VALUES: Record<MailKind, (cast: Cast) => Omit<MailValues, "contact">[]> = {
  welcome: (cast) => [
    { name: cast.reader.name, partners: cast.partner.name, link: LINK, sections: contacts(cast) },
  ],
  welcome_mentor: (cast) => [
    { name: cast.reader.name, partners: cast.partner.name, link: LINK, sections: contacts(cast) },
  ],
  session_invite: (cast) => [
    {
      name: cast.reader.name,
      partners: cast.partner.name,
      session: 3,
      when: formatRigaInText(WHEN, "lv"),
    },
  ],
  session_cancelled: (cast) => [
    {
      name: cast.reader.name,
      partners: cast.partner.name,
      session: 3,
      when: formatRigaInText(WHEN, "lv"),
      reason: "sadarbība ir noslēgta.",
    },
  ],
  session_reminder: (cast) =>
    (["acquaintance", "development", "maturity", "closure"] satisfies DynamicsPhase[]).map(
      (dynamics) => ({
        name: cast.reader.name,
        session: 3,
        when: formatRigaInText(WHEN, "lv"),
        dynamics,
      }),
    ),
  certificate: (cast) => [
    { name: cast.reader.name, partners: cast.partner.name, code: "C7KQ29XZ", link: LINK },
  ],
  certificate_thanks: (cast) => [
    { name: cast.reader.name, partners: cast.partner.name, code: "C7KQ29XZ", link: LINK },
  ],
  escalation: () =>
    Object.values(ESCALATION_REASONS).map((info) => ({
      name: "koordinator",
      link: LINK,
      reason: info.label.lv,
      relationship: "Jānis Ozols – Laura Priede",
    })),
  escalation_reminder: () =>
    Object.values(ESCALATION_REASONS).map((info) => ({
      name: "koordinator",
      link: LINK,
      reason: info.label.lv,
      relationship: "Jānis Ozols – Laura Priede",
    })),
  // The workflow passes the link problem's code; the e-mail names it in words.
  link_request: () =>
    (Object.keys(LINK_STATUS) as LinkProblem[]).map((reason) => ({
      name: "koordinator",
      link: LINK,
      reason,
      relationship: "Jānis Ozols – Laura Priede",
    })),
};

const GOALS = [
  { key: "g1", title: "Ieviest datu paneli", measure: "Panelis darbojas" },
  { key: "g2", title: "Apgūt 3,5 jaunas metodes", measure: "Metodes lietotas" },
];

/** The form contexts a kind's page is shown with: each role, first and last session. */
const contextsOf = (cast: Cast, details: string): FormContext[] =>
  (["mentor", "mentee"] as const).flatMap((role) =>
    [false, true].map((lastSession) => ({
      partners: cast.partner.name,
      session: 3,
      goals: GOALS,
      details: localized(details, details),
      lastSession,
      now: "2026-12-01T08:00:00.000Z",
      role,
      progress: { g1: 70 },
    })),
  );

/** The messages a form shows for an empty answer, by field. */
function errorsFor(schema: z.ZodType, input: Record<string, unknown>): FieldErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    explainIssues(result.error, input, "lv").map((issue) => [issue.path, issue.message]),
  );
}

const participant = (id: string, application: Participant["application"]) =>
  ({
    participantId: id,
    role: application.role,
    name: application.name,
    email: application.email,
    language: "lv",
    status: "eligible",
    reasons: [],
    appliedAt: "2026-10-01T09:00:00.000Z",
    application,
  }) as Participant;

const latvianMentor = (person: Person) =>
  validMentor({
    name: person.name,
    email: person.email,
    language: "lv",
    position: "Analītikas vadītājs",
    expertiseDescription:
      "Piecpadsmit gadu pieredze datu komandu veidošanā bankās un valsts pārvaldē.",
  });
const latvianMentee = (person: Person) =>
  validMentee({ name: person.name, email: person.email, language: "lv" });

/** The consent page's match details, as the form shows them to each side. */
async function consentDetails(cast: Cast, viewer: "mentor" | "mentee") {
  // The partner is the one read about: a mentee sees the mentor, a mentor the mentee.
  const mentor = viewer === "mentee" ? cast.partner : cast.reader;
  const mentee = viewer === "mentee" ? cast.reader : cast.partner;
  const people = new Map<string, Participant>([
    ["p_m", participant("p_m", latvianMentor(mentor))],
    ["p_e", participant("p_e", latvianMentee(mentee))],
  ]);
  const deps = { store: { getParticipant: async (id: string) => people.get(id) } };
  const relationship = {
    relationshipId: "rel0001",
    format: "individual",
    mentorId: "p_m",
    menteeIds: ["p_e"],
    candidates: [],
  } as unknown as Relationship;
  const form = { participantId: viewer === "mentor" ? "p_m" : "p_e" } as FormRequest;
  const context = await FORM_KINDS.consent.context?.(
    deps as unknown as WorkflowDeps,
    relationship,
    form,
  );
  return context?.details?.lv ?? "";
}

/** Every e-mail and page that does not need the workflow, in Latvian, for one cast. */
async function renderAll(cast: Cast): Promise<Rendered[]> {
  const out: Rendered[] = [];
  const mail = (what: string, kind: MailKind | MailTemplate, values: Omit<MailValues, "contact">) =>
    out.push(...mailText(what, renderMail(kind, "lv", { ...values, contact: CONTACT })));

  for (const kind of MAIL_KINDS)
    for (const [i, values] of MAIL_VALUES[kind](cast).entries())
      mail(`mail ${kind} #${i}`, kind, values);

  for (const kind of formKindSchema.options) {
    const module: FormKindModule = FORM_KINDS[kind];
    mail(`${kind} form: the asking e-mail`, module.mail.ask, {
      name: cast.reader.name,
      partners: cast.partner.name,
      session: 3,
      link: LINK,
    });
    mail(`${kind} form: the reminder`, module.mail.nudge, {
      name: cast.reader.name,
      partners: cast.partner.name,
      session: 3,
      link: LINK,
    });
    for (const viewer of ["mentor", "mentee"] as const) {
      const details = kind === "consent" ? await consentDetails(cast, viewer) : "";
      for (const context of contextsOf(cast, details)) {
        const form = workflowForm(kind, context);
        const what = `${kind} form (${context.role}${context.lastSession ? ", last session" : ""})`;
        out.push(
          page(
            what,
            form.title,
            renderForm(form, { language: "lv", action: "/f/x", lead: details }),
          ),
          page(
            `${what} with errors`,
            form.title,
            renderForm(form, {
              language: "lv",
              action: "/f/x",
              errors: errorsFor(module.answerSchema, {}),
            }),
          ),
        );
      }
    }
    out.push(page(`${kind} form: thank-you page`, THANKS_TITLE, renderThanks(kind, "lv")));
  }

  const until = new Date("2026-12-08T07:00:00.000Z");
  for (const kind of APPLICATION_MAIL_KINDS)
    for (const standing of APPLICATION_STANDINGS)
      mail(
        `application mail ${kind} (${standing})`,
        applicationMail(kind, { until, standing, by: until }),
        {
          name: "",
          link: LINK,
        },
      );

  for (const count of [1, 2, 11, 21])
    mail(`link request digest (${count})`, linkRequestDigestMail(count), {
      name: "koordinator",
      link: LINK,
      when: digestPeriod("2027-01-04T10:00:00Z", "2027-01-04T11:00:00Z", "lv"),
    });

  for (const reason of suppressionReasonSchema.options)
    out.push(
      ...mailText(
        `undeliverable (${reason})`,
        renderUndeliverableMail("lv", {
          name: cast.partner.name,
          email: cast.partner.email,
          relationship: "Jānis Ozols – Laura Priede",
          reason,
          link: LINK,
        }),
      ),
    );

  // The waiting list: its e-mails and pages.
  for (const source of waitingListSourceSchema.options)
    for (const next of ["2027-03-01T08:00:00.000Z", undefined])
      mail(`waiting list joined (${source}, ${next ?? "none planned"})`, joinedMail(source, next), {
        name: "",
        link: LINK,
      });
  mail(
    "waiting list: the intake is open",
    intakeOpenMail(cohortFixture("coh_1", "2027-03-01T08:00:00.000Z"), until),
    { name: "", link: LINK, moreLinks: [{ label: LEAVE_LINK_LABEL.lv, url: LINK }] },
  );
  for (const next of ["2027-03-01T08:00:00.000Z", undefined]) {
    const form = waitingListForm(next);
    out.push(
      page(
        `waiting list form (${next ?? "none planned"})`,
        form.title,
        renderWaitingList(next, "lv", {}),
      ),
    );
    out.push(
      page(
        "waiting list form with errors",
        form.title,
        renderWaitingList(next, "lv", {}, errorsFor(waitingListJoinSchema, {})),
      ),
    );
  }
  for (const which of ["joined", "leave", "done", "left", "unknown"] as const)
    out.push(
      page(
        `waiting list page ${which}`,
        waitingListPageTitle(which),
        renderWaitingListPage(which, "lv", "t0k"),
      ),
    );
  out.push({ what: "intake closed (JSON message)", text: intakeClosedMessage(undefined, "lv") });

  // The cohort forms: each kind's page, errors and thanks, and every e-mail as sent.
  for (const text of await cohortFormTexts(cast.reader.name))
    out.push(
      ...("mail" in text
        ? mailText(text.what, text.mail)
        : [page(text.what, text.title, text.content)]),
    );

  // The cohort workflow's own e-mails, the coordinator's decisions and the funder's report.
  const cohort = cohortFixture("coh_1", "2027-03-01T08:00:00.000Z");
  const round = {
    name: cast.reader.name,
    link: LINK,
    cohort: cohort.name.lv,
    when: formatRigaInText(WHEN, "lv"),
  };
  for (const [kind, template] of Object.entries(COHORT_MAILS))
    mail(`cohort mail ${kind}`, template, {
      ...round,
      sections: [programmeCalendar(cohort, "lv")],
    });
  for (const [reason, template] of Object.entries(COHORT_ESCALATION_MAILS))
    mail(`cohort escalation ${reason}`, template, round);
  mail("the funder's report", REPORT_MAIL, round);

  // Intake pages.
  for (const form of [MENTEE_FORM, MENTOR_FORM]) {
    out.push(page(form.id, form.title, renderForm(form, { language: "lv", action: "/apply" })));
    const role = form.id.endsWith("mentor") ? "mentor" : "mentee";
    out.push(
      page(
        `${form.id} with errors`,
        form.title,
        renderForm(form, {
          language: "lv",
          action: "/apply",
          errors: errorsFor(applicationSchema, { role }),
        }),
      ),
    );
  }
  out.push(page("choose a role", { lv: "Pieteikšanās" }, renderChooseRole("lv")));
  out.push(page("choose a role (unknown)", { lv: "Pieteikšanās" }, renderChooseRole("lv", true)));
  // Eligible, and ineligible for every reason there is.
  const reasons = ineligibilityCodeSchema.options.map((code) => ({
    code,
    field: "x",
    message: INELIGIBILITY_MESSAGES[code],
  }));
  for (const result of [
    { participantId: "p0001", ...checkEligibility(latvianMentee(cast.reader)) },
    { participantId: "p0001", status: "ineligible" as const, reasons },
  ])
    out.push(
      page(
        `application result (${result.status})`,
        { lv: "Rezultāts" },
        renderResult(result, "lv"),
      ),
    );
  out.push(page("check your mailbox", { lv: "Pārbaudiet" }, renderCheckMailbox("lv")));
  out.push({ what: "check your mailbox (JSON message)", text: checkMailboxMessage().lv });
  for (const code of ["payload_too_large", "unsupported_media_type", "malformed_body", "other"])
    out.push(page(`application problem ${code}`, { lv: "Kļūda" }, renderProblem(code, "lv")));
  out.push(
    page(
      "confirm the application",
      { lv: "Apstiprināt" },
      renderConfirmForm("t0k", until.toISOString(), "lv"),
    ),
  );
  out.push(page("confirmed", { lv: "Apstiprināts" }, renderConfirmed("lv")));
  // The public certificate check, with the holder's name on it.
  const certificateId = newCertificateId();
  for (const kind of ["mentee", "mentor"] as const)
    out.push(
      page(
        `certificate verification (${kind})`,
        { lv: "Sertifikāts" },
        renderVerification(
          {
            status: "valid",
            certificate: {
              certificateId,
              kind,
              name: cast.partner.name,
              programme: PROGRAMME_NAME,
              period: { from: "2027-01-04", to: "2027-06-30" },
              issuedAt: "2027-06-30T09:00:00.000Z",
            },
          },
          "lv",
        ),
      ),
    );
  out.push(
    page(
      "certificate verification (revoked)",
      { lv: "Sertifikāts" },
      renderVerification(
        { status: "revoked", certificateId, revokedAt: "2027-07-01T09:00:00.000Z" },
        "lv",
      ),
    ),
  );
  out.push(
    page(
      "certificate verification (unknown)",
      { lv: "Sertifikāts" },
      renderVerification({ status: "unknown", certificateId: "NAV-TĀDA" }, "lv"),
    ),
  );
  const confirmationProblems: Record<ConfirmationProblem, true> = {
    unknown: true,
    expired: true,
    confirmed: true,
  };
  for (const problem of Object.keys(confirmationProblems) as ConfirmationProblem[])
    out.push(
      page(
        `confirmation problem ${problem}`,
        { lv: "Saite" },
        renderConfirmationProblem(problem, "lv"),
      ),
    );

  // Form links, guides and limits.
  for (const problem of Object.keys(LINK_STATUS) as LinkProblem[]) {
    const content = `${renderLinkProblem(problem, "lv")}${renderForm(
      linkRequestForm("abc", problem),
      {
        language: "lv",
        action: "/link-requests",
        headingLevel: 2,
      },
    )}`;
    out.push(page(`link problem ${problem}`, linkProblemTitle(problem), content));
  }
  out.push(page("link requested", { lv: "Nosūtīts" }, renderLinkRequested(true, "lv")));
  out.push(page("link requested again", { lv: "Nosūtīts" }, renderLinkRequested(false, "lv")));
  out.push({ what: "link request: address needed", text: EMAIL_NEEDED.lv });
  for (const name of GUIDE_NAMES)
    out.push(page(`guide ${name}`, { lv: "Ceļvedis" }, renderGuide(name, "lv")));
  out.push(page("no such guide", { lv: "Nav" }, renderNoSuchGuide("lv")));
  for (const seconds of [30, 61, 3600])
    out.push(
      page(
        `too many requests (${seconds} s)`,
        { lv: "Par daudz" },
        renderTooManyRequests("lv", seconds),
      ),
    );

  // The match explanation with a score that has a decimal, and groups of every plural form.
  const mentor = participant("p_m", latvianMentor(cast.partner));
  const fit = { points: 942, criteria: [] };
  for (const mentees of [1, 2, 3, 10, 11, 21])
    out.push({
      what: `match details, group of ${mentees}`,
      text: readableText(
        renderMatchDetails([profileOf(mentor)], [{ name: cast.partner.name, fit }], "lv", {
          mentees,
          sharedTopics: [],
        }),
      ),
    });
  return out;
}

// --- the e-mails the workflow composes (their templates live beside the steps) -------------

const DAY = 86_400_000;

/** A relationship lived through with in-memory stores, every participant reading Latvian. */
async function liveMails(cast: Cast): Promise<{ key: string; rendered: Rendered[] }[]> {
  const now = new Date("2026-12-01T08:00:00.000Z");
  const clock = { now: () => now };
  let counter = 0;
  const store = new MemoryStore();
  const mentorPerson = cast.partner;
  const menteePerson = cast.reader;
  await store.createParticipant(participant("p_m", latvianMentor(mentorPerson)));
  await store.createParticipant(participant("p_e", latvianMentee(menteePerson)));
  const workflowStore = new MemoryWorkflowStore();
  workflowStore.putRelationship(
    relationshipSchema.parse({
      relationshipId: "rel0001",
      proposalId: "prop1",
      runId: "run1",
      format: "individual",
      mentorId: "p_m",
      menteeIds: ["p_e"],
      candidates: [],
      people: {
        p_m: { name: mentorPerson.name, email: mentorPerson.email, language: "lv" },
        p_e: { name: menteePerson.name, email: menteePerson.email, language: "lv" },
      },
      phase: "consent",
      state: "1.1 Ask for consent",
      health: "on_track",
      cycle: 0,
      sessionCount: 0,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }),
  );
  const mailer = new RecordingMailer();
  const deps: WorkflowDeps = {
    store,
    workflowStore,
    workflow: {
      start: async () => undefined,
      stop: async () => true,
      succeed: async () => true,
      fail: async () => true,
      definition: async () => ({}),
      history: async () => undefined,
    } as unknown as WorkflowDeps["workflow"],
    cohortWorkflow: {
      start: async () => undefined,
      stop: async () => true,
      succeed: async () => true,
      fail: async () => true,
      definition: async () => ({}),
      history: async () => undefined,
    },
    mailer,
    signer: {
      sign: async (formId: string) => `${formId}.signature`,
      verify: async () => true,
      pseudonym: async (value: string) => `pseudonym-${value.length}`,
    } as unknown as WorkflowDeps["signer"],
    clock,
    ids: { next: (prefix: string) => `${prefix}${String(++counter).padStart(4, "0")}` },
    config: {
      baseUrl: "https://forms.example.lv/",
      contactEmail: CONTACT,
      coordinatorEmail: "koordinators@example.lv",
    },
  };
  const formOf = (kind: FormKind, participantId: string, stepKey: string): FormRequest => ({
    formId: `f_${kind}_${participantId}`,
    kind,
    relationshipId: "rel0001",
    stepKey,
    participantId,
    language: "lv",
    status: "open",
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 14 * DAY).toISOString(),
    reminders: 0,
  });
  const keep = (
    kind: FormKind,
    participantId: string,
    stepKey: string,
    answers: Record<string, unknown>,
  ) =>
    FORM_KINDS[kind].keep(deps, {
      form: formOf(kind, participantId, stepKey),
      answers: FORM_KINDS[kind].answerSchema.parse(answers) as Record<string, unknown>,
      step: 1,
      now,
    });

  // A decline on either side, then the relationship that went ahead.
  await keep("consent", "p_e", "consent#1", { decision: "decline", reason: "Cits laiks" });
  await keep("consent", "p_m", "consent#1", { decision: "decline" });
  await sendWelcome(deps, "rel0001", "2.1 Welcome");
  await keep("introduction", "p_e", "introduction#1", {
    workAreas: "Datu analītika",
    howILearn: "Praktiski piemēri",
    wantToDevelop: "Datu paneļi",
  });
  await keep("plan", "p_m", "plan#1", {
    ...PLAN(3, "2026-12-08T09:00"),
    result1: "Panelis darbojas",
    firstMeetingAt: "2026-11-30T10:00",
  });
  await sendSessionInvites(deps, "rel0001", { state: "2.3 Invites" });
  await sendSessionReminder(deps, "rel0001", 1, "3.2 Reminder");
  for (const id of ["p_m", "p_e"])
    await workflowStore.putClosure({
      relationshipId: "rel0001",
      participantId: id,
      answers: {
        goalsReached: "Daudz",
        learnings: "Daudz",
        feedback: "Paldies par sadarbību!",
        keepInTouch: true,
      },
      submittedAt: now.toISOString(),
    } as never);
  await closeRelationship(deps, "rel0001", "4.4 Close");

  return mailer.sent.map((sent) => ({
    key: sent.key,
    rendered: mailText(`workflow mail ${sent.key}`, {
      subject: sent.subject,
      text: sent.text ?? "",
      html: sent.html ?? "",
    }),
  }));
}

// --- where templates are declared, so that none is skipped ---------------------------------

/**
 * Every template in shared/ the test must render: the registries and builders of
 * shared/mail, each form kind's e-mails, and the e-mails a step composes. A new declaration
 * anywhere in shared/ fails the coverage test until it is listed here and rendered above.
 */
const COVERED: Record<string, string[]> = {
  "shared/mail/workflow-mail.ts": ["TEMPLATES", "renderMail"],
  "shared/mail/application-mail.ts": ["TEMPLATES", "applicationMail"],
  "shared/mail/link-request-digest-mail.ts": ["linkRequestDigestMail"],
  "shared/mail/mail-undeliverable-mail.ts": ["renderUndeliverableMail"],
  "shared/mail/waiting-list-mail.ts": ["JOINED", "intakeOpenMail"],
  "shared/domain/forms/consent-form.ts": ["ASK", "NUDGE", "DECLINED"],
  "shared/domain/forms/introduction-form.ts": ["PASSED_ON"],
  "shared/domain/forms/checkpoint-form.ts": ["ASK"],
  "shared/domain/forms/reflection-form.ts": ["ASK", "NUDGE"],
  "shared/domain/forms/closure-form.ts": ["ASK"],
  "shared/domain/forms/plan-form.ts": ["ASK", "NUDGE", "PLAN_SAVED"],
  "shared/domain/workflow/close-relationship.ts": ["CLOSING"],
  "shared/domain/cohort-forms/seminar-attendance-form.ts": ["ASK", "REMIND"],
  "shared/domain/cohort-forms/survey-halfway-form.ts": ["ASK", "REMIND"],
  "shared/domain/cohort-forms/survey-end-form.ts": ["ASK", "REMIND"],
  "shared/domain/cohort-forms/mentor-again-form.ts": ["ASK", "REMIND"],
  "shared/domain/cohort-forms/mentee-future-form.ts": ["ASK", "REMIND"],
  "shared/domain/cohort-forms/count-me-in-form.ts": ["ASK", "REMIND"],
  "shared/domain/cohort-forms/seminar-mail.ts": ["SEMINAR_MAIL"],
  "shared/domain/cohorts/workflow/cohort-mails.ts": ["COHORT_ESCALATION_MAILS", "COHORT_MAILS"],
  "shared/domain/cohorts/send-cohort-report.ts": ["REPORT_MAIL"],
};
/** The mail keys of the live relationship that render the templates the registries do not hold. */
const LIVE_KEYS = [
  "declined:",
  "welcome:",
  "introduction:",
  "plan:",
  "invite:",
  "session-reminder:",
  "closing:",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function declaredTemplates(): Record<string, string[]> {
  const root = join(import.meta.dirname, "../..");
  const found: Record<string, string[]> = {};
  for (const path of sourceFiles(join(root, "shared"))) {
    const source = readFileSync(path, "utf8");
    const names = [
      ...source.matchAll(
        /(?:const|let)\s+(\w+)\s*:\s*(?:MailTemplate\b|Record<[^>]*,\s*MailTemplate>)/g,
      ),
      ...source.matchAll(/function\s+(\w+)\s*\([^)]*\)\s*:\s*MailTemplate\b/g),
      ...source.matchAll(/export function (render\w*Mail)\b/g),
    ].map((m) => m[1] as string);
    if (names.length) found[relative(root, path)] = [...new Set(names)].sort();
  }
  return found;
}

// --- the tests --------------------------------------------------------------------------------

const report = (rendered: Rendered[]) =>
  rendered.flatMap((r) => findings(r.text).map((f) => `${r.what}: ${f.check}: «${f.where}»`));

/**
 * Faults in texts this test reads but whose owners are elsewhere, reported to them. Each
 * entry must still be found (a fixed text fails here until its entry goes), and nothing
 * else may be.
 */
const KNOWN_ELSEWHERE: { what: RegExp; check: string; owner: string }[] = [];

function expectOnlyKnown(lines: string[]) {
  const known = (line: string, entry: (typeof KNOWN_ELSEWHERE)[number]) =>
    entry.what.test(line) && line.includes(`: ${entry.check}: `);
  expect(lines.filter((line) => !KNOWN_ELSEWHERE.some((entry) => known(line, entry)))).toEqual([]);
  return KNOWN_ELSEWHERE.filter((entry) => !lines.some((line) => known(line, entry))).map(
    (entry) => `no longer found, remove from KNOWN_ELSEWHERE: ${entry.owner}`,
  );
}

describe("the checks themselves", () => {
  // Each check flags a known-bad Latvian sentence and passes its corrected form.
  const cases: Record<string, [bad: string, good: string]> = {
    "a preposition before a nominative name": [
      "Par Laura Priede. Tikšanās ar Jānis Ozols.",
      "Mentore: Laura Priede. Jūs mentorēs Jānis Ozols.",
    ],
    "a declined role word before a nominative name": [
      "Uzrakstiet mentoram Laura Priede.",
      "Uzrakstiet uz zemāk norādīto adresi.",
    ],
    "a greeting with a name (no vocative)": ["Labdien, Laura Priede!", "Labdien!"],
    "a role word or participle of the other gender next to a name": [
      "Jūsu mentors: Laura Priede. Jānis Ozols ir aizpildījusi plānu.",
      "Jūs mentorēs Laura Priede. Jānis Ozols aizpildīs plānu.",
    ],
    "a gendered word for the reader's own partner (jūsu mentors, jūs abi)": [
      "Uzrakstiet jūsu mentoram. Jūs abi vēlaties palikt kontaktā.",
      "Jūs mentorēs Laura Priede. Jūs un Jānis Ozols vēlaties palikt kontaktā.",
    ],
    "a hedged form such as (-usi)": [
      "Ilze ir uzrakstījis(-usi) par sevi.",
      "Ilze pastāsta par sevi.",
    ],
    "an English word": ["Atveriet the form.", "Atveriet veidlapu."],
    "a code (snake_case, camelCase, JSON or a placeholder)": [
      'Iemesls: no_plan {"a":1} shareWithCoordinator {name}',
      "Iemesls: nav plāna.",
    ],
    "the familiar tu": ["Ko tu sagaidi no tevis?", "Ko jūs sagaidāt?"],
    "an upper-case Jūs inside a sentence": [
      "Paldies, Jūs esat laipni.",
      "Jūs saņemat. Paldies, jūs varat.",
    ],
    "an ISO or English date, or a clock time with a colon": [
      "Tikšanās 2026-12-08, 8 December, 09:00.",
      "Tikšanās 2026. gada 8. decembrī plkst. 9.00.",
    ],
    "a nominative date in running text (not after a label's colon)": [
      "Tikšanās ir plānota 2026. gada 8. decembris.",
      "Termiņš: 2026. gada 8. decembris. Tikšanās notiks 8. decembrī.\nIzsniegts\n2026. gada 8. decembris\n",
    ],
    "a decimal point in a number": [
      "Atbilstība: 94.2 no 100.",
      "Atbilstība: 94,2 no 100; plkst. 9.00–10.30.",
    ],
    "a singular participle after a plural subject": ["Visi ir piekritis.", "Visi ir piekrituši."],
    "a gendered word about the reader (jūs, es)": [
      "Vai esat gatavs? Ko esmu paveicis? Jūs jau esat iekļauts.",
      "Vai vēlaties? Kas jau ir paveikts? Pieteikums jau ir iekļauts.",
    ],
    "a counted noun in the wrong number": [
      "21 mentorējamie, 11 mentorējamais, 1 dienu laikā.",
      "21 mentorējamais, 11 mentorējamo, 2 mentorējamie, 7 dienu laikā.",
    ],
    "a word without its diacritics": [
      "Ludzu, aizpildiet jusu planu.",
      "Lūdzu, aizpildiet jūsu plānu.",
    ],
  };

  it("covers every check with a case", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  for (const [check, [bad, good]] of Object.entries(cases)) {
    it(`"${check}" flags the bad and passes the good`, () => {
      const run = CHECKS[check] as Check;
      expect(run(bad), bad).not.toEqual([]);
      expect(run(good), good).toEqual([]);
    });
  }

  it("reads the text of HTML without tags, entities, addresses or the language switch", () => {
    const text = readableText(
      '<p>Labdien!</p><p><a href="https://x.lv/a_b?lang=en">Saite</a> &amp; <a lang="en" href="/x">English</a> laura@example.lv</p>',
    );
    expect(text).toContain("Labdien!");
    expect(text).toContain("Saite &");
    expect(text).not.toMatch(/English|a_b|laura@|<p>/);
  });
});

describe("every template is rendered", () => {
  it("finds each template declared in shared/ in the list this test renders", () => {
    expect(declaredTemplates()).toEqual(
      Object.fromEntries(Object.entries(COVERED).map(([file, names]) => [file, [...names].sort()])),
    );
  });

  it("gives values to every named e-mail kind and renders every form kind", () => {
    expect(Object.keys(MAIL_VALUES).sort()).toEqual([...MAIL_KINDS].sort());
    expect(Object.keys(FORM_KINDS).sort()).toEqual([...formKindSchema.options].sort());
  });
});

describe.each(CASTS)("Latvian e-mails and pages with $label", (cast) => {
  it("have none of the known faults", async () => {
    const rendered = await renderAll(cast);
    expect(rendered.length).toBeGreaterThan(100);
    // Both names reach the texts that name people.
    expect(rendered.some((r) => r.text.includes(cast.partner.name))).toBe(true);
    expectOnlyKnown(report(rendered));
  });

  it("have none of them in the e-mails of a relationship lived through", async () => {
    const mails = await liveMails(cast);
    for (const prefix of LIVE_KEYS)
      expect(
        mails.some((m) => m.key.startsWith(prefix)),
        `a mail keyed ${prefix}`,
      ).toBe(true);
    expect(expectOnlyKnown(report(mails.flatMap((m) => m.rendered)))).toEqual([]);
  });
});
