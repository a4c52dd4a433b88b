import { sessionInviteAttachment } from "../../calendar/session-invites.js";
import { PROGRAMME_NAME } from "../../forms/render-page.js";
import { type Localized, localized } from "../../i18n/localized.js";
import { formatRigaInText } from "../../schemas/form-answers.js";
import type { Session } from "../../schemas/workflow.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

type InviteStatus = "confirmed" | "cancelled";

const WHY_CANCELLED: Record<"replanned" | "closed", Localized> = {
  replanned: localized(
    "jaunajā sadarbības plānā šīs tikšanās vairs nav.",
    "the new mentoring plan no longer has this session.",
  ),
  closed: localized("sadarbība ir noslēgta.", "the mentoring relationship has closed."),
};

/**
 * "2.3": every session reaches every participant's calendar as an .ics invite. Each
 * session keeps the last invite sent (sequence, time, status); a session whose time or
 * status differs gets the next sequence under the same UID, so a new date moves the event
 * and a dropped session is cancelled. The e-mail key carries the sequence: a retried or
 * resumed step finds the mail already sent and only records it on the session.
 * `closing` cancels every session still ahead (a relationship closed early).
 */
export async function sendSessionInvites(
  deps: wf.WorkflowDeps,
  relationshipId: string,
  options: { state?: string; closing?: boolean } = {},
): Promise<{ invited: number; cancelled: number }> {
  const relationship = await wf.relationshipOf(deps, relationshipId);
  const now = deps.clock.now();
  if (options.state) {
    await deps.workflowStore.updateRelationship(relationshipId, {
      state: options.state,
      updatedAt: now.toISOString(),
    });
  }
  const sessions = await deps.workflowStore.listSessions(relationshipId, {
    includeCancelled: true,
  });
  const wanted = (session: Session): InviteStatus => {
    if (session.cancelled || session.number > relationship.sessionCount) return "cancelled";
    if (options.closing && Date.parse(session.startsAt) > now.getTime()) return "cancelled";
    return "confirmed";
  };
  const changes = sessions.flatMap((session) => {
    const status = wanted(session);
    const last = session.invite;
    // A held or past session keeps its event; only what is ahead is (re)sent.
    if (!last && (status === "cancelled" || Date.parse(session.startsAt) <= now.getTime()))
      return [];
    if (last && last.status === status && last.startsAt === session.startsAt) return [];
    if (last?.status === "cancelled" && status === "cancelled") return [];
    return [{ session, status, sequence: last ? last.sequence + 1 : 0 }];
  });
  if (changes.length === 0) return { invited: 0, cancelled: 0 };

  const people: wf.Person[] = [];
  for (const id of wf.participantIds(relationship))
    people.push(await wf.personOf(deps, relationship, id));
  const organizer = { name: PROGRAMME_NAME.lv, email: deps.config.contactEmail };
  const attendees = people.map((person) => ({ name: person.name, email: person.email }));
  const why = options.closing ? WHY_CANCELLED.closed : WHY_CANCELLED.replanned;

  for (const { session, status, sequence } of changes) {
    // A cancellation names the time the calendars still show.
    const shown =
      status === "cancelled" && session.invite ? session.invite.startsAt : session.startsAt;
    for (const person of people) {
      const partners = await wf.partnersOf(deps, relationship, person.participantId);
      const when = formatRigaInText(new Date(shown), person.language);
      const attachment = sessionInviteAttachment({
        relationshipId,
        session: { number: session.number, startsAt: session.startsAt, endsAt: session.endsAt },
        sequence,
        status,
        organizer,
        attendees,
        title: localized(
          `Mentoringa tikšanās ${session.number}`,
          `Mentoring session ${session.number}`,
        ),
        description: localized(
          `${PROGRAMME_NAME.lv}: ${session.number}. tikšanās (${partners}).`,
          `${PROGRAMME_NAME.en}: session ${session.number} (${partners}).`,
        ),
        language: person.language,
        stampedAt: now.toISOString(),
      });
      await wf.sendOnce(
        deps,
        `invite:${relationshipId}:${session.number}:${sequence}:${person.participantId}`,
        person,
        status === "cancelled" ? "session_cancelled" : "session_invite",
        {
          name: person.name,
          partners,
          session: session.number,
          when,
          reason: why[person.language],
        },
        [attachment],
      );
    }
    await deps.workflowStore.updateSession(relationshipId, {
      ...session,
      invite: { sequence, startsAt: session.startsAt, status },
    });
  }
  const invited = changes.filter((change) => change.status === "confirmed").length;
  const cancelled = changes.length - invited;
  await wf.record(
    deps,
    relationshipId,
    `invites-${changes.map((c) => `${c.session.number}.${c.sequence}`).join("-")}`,
    "calendar_invites_sent",
    "workflow",
    { invited, cancelled, sessions: changes.map((change) => change.session.number) },
  );
  return { invited, cancelled };
}
