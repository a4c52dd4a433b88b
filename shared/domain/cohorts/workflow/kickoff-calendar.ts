import { sessionInviteAttachment } from "../../../calendar/session-invites.js";
import { type Language, localized } from "../../../i18n/localized.js";
import type { Cohort } from "../../../schemas/cohort.js";
import { formatRigaInText } from "../../../schemas/form-answers.js";
import type { WorkflowDeps } from "../../workflow/workflow-deps.js";
import { closingByOf, runningHalfwayAt } from "./load-cohort.js";

const TITLE = localized("Mentoringa programmas kārtas atklāšana", "Mentoring programme kick-off");
const CALENDAR = localized("Programmas kalendārs", "The programme's calendar");

/** The round's dates from the kick-off on, as an e-mail section. */
export function programmeCalendar(cohort: Cohort, language: Language) {
  const at = (ms: number | string) => formatRigaInText(new Date(ms), language);
  const lv = language === "lv";
  return {
    title: CALENDAR[language],
    entries: [
      {
        label: lv ? "Atklāšana un pirmās tikšanās" : "Kick-off and first meetings",
        text: at(cohort.kickoffAt),
      },
      { label: lv ? "Starpposma aptauja" : "Halfway survey", text: at(runningHalfwayAt(cohort)) },
      { label: lv ? "Plānotās beigas" : "Planned end", text: at(cohort.endsAt) },
      { label: lv ? "Noslēgšana līdz" : "Closing by", text: at(closingByOf(cohort)) },
    ],
  };
}

/** The kick-off as a calendar invite (one hour), the same UID for every e-mail of the round. */
export function kickoffAttachment(
  deps: WorkflowDeps,
  cohort: Cohort,
  person: { name: string; email: string; language: Language },
) {
  const startsAt = new Date(cohort.kickoffAt).toISOString();
  return sessionInviteAttachment({
    relationshipId: `cohort-${cohort.cohortId}-kickoff`,
    session: {
      number: 1,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    },
    sequence: Math.max(0, (cohort.execution ?? 1) - 1),
    status: "confirmed",
    organizer: { name: "Mentoring programme", email: deps.config.contactEmail },
    attendees: [{ name: person.name, email: person.email }],
    title: TITLE,
    description: localized(cohort.name.lv, cohort.name.en),
    language: person.language,
    stampedAt: deps.clock.now().toISOString(),
  });
}
