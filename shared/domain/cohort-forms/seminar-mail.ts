import {
  seminarInviteAttachment,
  seminarSequence,
  seminarVersion,
} from "../../calendar/seminar-invite.js";
import { GUIDE_NAMES, guideTitle } from "../../forms/guide-pages.js";
import { PROGRAMME_NAME } from "../../forms/render-page.js";
import { type Language, localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { Participant } from "../../schemas/participant.js";
import { publicUrl, sendOnce, type WorkflowDeps } from "../workflow/workflow-deps.js";
import { cohortTexts, withCohort } from "./cohort-form-kind.js";
import { cohortFormLinkFor } from "./send-cohort-form.js";

/**
 * The information seminar's e-mails (DOMAIN.md, "Forming pairs", 4): the invitation with a
 * calendar invite and the attendance question, a reminder two days before, and afterwards
 * the programme's materials to those the coordinator did not mark as attended. Each goes
 * once per person (its `sendOnce` key); an erased person gets none.
 */
const SEMINAR_MAIL: Record<"invite" | "reminder" | "materials", MailTemplate> = {
  invite: {
    subject: localized(
      "Ielūgums: informatīvais seminārs {when}",
      "Invitation: the information seminar on {when}",
    ),
    body: localized(
      "Aicinām jūs uz programmas kārtas „{cohort}” informatīvo semināru {when} (Rīgas laikā), vieta: {place}. Seminārā pastāstīsim, kā programma norit, ko sagaidīt no mentoringa sadarbības un kā sagatavoties pirmajai tikšanās reizei. Pielikumā ir kalendāra ielūgums. Lūdzu, atbildiet, vai piedalīsieties.",
      "You are invited to the information seminar of the programme round “{cohort}” on {when} (Riga time), at: {place}. It explains how the programme runs, what to expect from a mentoring relationship and how to prepare for the first meeting. The attached calendar invite puts it in your calendar. Please tell us whether you will attend.",
    ),
    button: localized("Atbildēt, vai piedalīšos", "Say whether I will attend"),
  },
  reminder: {
    subject: localized(
      "Atgādinājums: informatīvais seminārs {when}",
      "Reminder: the information seminar on {when}",
    ),
    body: localized(
      "Pēc divām dienām, {when} (Rīgas laikā), notiks kārtas „{cohort}” informatīvais seminārs, vieta: {place}. Ja jūsu plāni ir mainījušies, lūdzu, pasakiet mums to.",
      "In two days, on {when} (Riga time), the information seminar of “{cohort}” takes place, at: {place}. If your plans have changed, please let us know.",
    ),
    button: localized("Mainīt atbildi", "Change my answer"),
  },
  materials: {
    subject: localized(
      "Informatīvā semināra materiāli: {cohort}",
      "The information seminar's materials: {cohort}",
    ),
    body: localized(
      "Kārtas „{cohort}” informatīvais seminārs ir noticis. Lai jums būtu tā pati informācija, zemāk ir programmas materiāli: kam pievērst uzmanību pirmajā tikšanās reizē un kā to vadīt. Jautājumus droši uzdodiet koordinatoram.",
      "The information seminar of “{cohort}” has taken place. So that you have the same information, the programme's materials are below: what to look for at the first meeting and how to lead it. Feel free to ask the coordinator anything.",
    ),
  },
};

/** The current profile, or undefined for an erased person (the caller's copy may be older). */
const current = (deps: WorkflowDeps, participant: Participant) =>
  deps.store.getParticipant(participant.participantId);

/**
 * The invitation: the seminar as a calendar invite (.ics) for this person only, and the
 * button to the seminar_attendance form. A moved seminar (time, length or place) is a new
 * e-mail whose invite updates the same calendar event.
 */
export async function sendSeminarInvite(
  deps: WorkflowDeps,
  cohort: Cohort,
  participant: Participant,
): Promise<void> {
  const person = await current(deps, participant);
  if (!person || cohort.stage === "cancelled") return;
  const now = deps.clock.now();
  const link = await cohortFormLinkFor(deps, cohort, person, "seminar_attendance", now);
  if (!link) return;
  const t = cohortTexts(cohort);
  const attachment = seminarInviteAttachment({
    cohortId: cohort.cohortId,
    seminar: cohort.seminar,
    sequence: seminarSequence(cohort),
    organizer: { name: PROGRAMME_NAME.lv, email: deps.config.contactEmail },
    attendee: { name: person.name, email: person.email },
    title: t("Informatīvais seminārs: {cohort}", "Information seminar: {cohort}"),
    description: t(
      `${PROGRAMME_NAME.lv}: kārtas „{cohort}” informatīvais seminārs. Vieta: {place}.`,
      `${PROGRAMME_NAME.en}: the information seminar of “{cohort}”. Place: {place}.`,
    ),
    language: person.language,
    stampedAt: now.toISOString(),
  });
  await sendOnce(
    deps,
    `seminar-invite:${cohort.cohortId}:${seminarVersion(cohort.seminar)}:${person.participantId}`,
    person,
    withCohort(SEMINAR_MAIL.invite, cohort),
    { name: person.name, link },
    [attachment],
  );
}

/**
 * Two days before the seminar (the workflow calls it for those who said yes or did not
 * answer): when and where, and the attendance form to change the answer.
 */
export async function sendSeminarReminder(
  deps: WorkflowDeps,
  cohort: Cohort,
  participant: Participant,
): Promise<void> {
  const person = await current(deps, participant);
  if (!person || cohort.stage === "cancelled") return;
  const link = await cohortFormLinkFor(
    deps,
    cohort,
    person,
    "seminar_attendance",
    deps.clock.now(),
  );
  await sendOnce(
    deps,
    `seminar-reminder:${cohort.cohortId}:${seminarVersion(cohort.seminar)}:${person.participantId}`,
    person,
    withCohort(SEMINAR_MAIL.reminder, cohort),
    { name: person.name, ...(link ? { link } : {}) },
  );
}

/** The programme's guides, as links in the person's language. */
const guideLinks = (deps: WorkflowDeps, language: Language) =>
  GUIDE_NAMES.map((name) => ({
    label: guideTitle(name)[language],
    url: publicUrl(deps, `/guide/${name}?lang=${language}`),
  }));

/**
 * After the seminar, to a person the coordinator did not mark as attended: the programme's
 * materials (the first-meeting guides), so nobody starts without them.
 */
export async function sendSeminarMaterials(
  deps: WorkflowDeps,
  cohort: Cohort,
  participant: Participant,
): Promise<void> {
  const person = await current(deps, participant);
  if (!person || cohort.stage === "cancelled") return;
  if (cohort.seminarAttended?.includes(person.participantId)) return;
  await sendOnce(
    deps,
    `seminar-materials:${cohort.cohortId}:${person.participantId}`,
    person,
    withCohort(SEMINAR_MAIL.materials, cohort),
    { name: person.name, moreLinks: guideLinks(deps, person.language) },
  );
}
