import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { LocalMail } from "../../infra/local/start-ses-local.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import {
  GOOD_REFLECTION,
  LOW_VALUE,
  PLAN,
  rigaLocal,
  seedToLearning,
  useHarness,
} from "./harness.js";

const h = useHarness();

const INVITE = /Kalendāram|For your calendar/;
const CANCELLED = /Atcelta|Cancelled/;

interface Invite {
  method: string;
  uid: string;
  sequence: number;
  start: string;
  status: string;
  subject: string;
}

/** The calendar event in a mail's .ics attachment, as a calendar program would read it. */
function inviteOf(mail: LocalMail): Invite {
  const file = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!file) throw new Error(`no calendar attachment in "${mail.subject}"`);
  expect(file.filename).toMatch(/\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(file.content.toString("utf8")));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    status: String(vevent.getFirstPropertyValue("status")),
    subject: mail.subject,
  };
}

async function invitesTo(email: string): Promise<Invite[]> {
  return (await h.mailTo(email))
    .filter((mail) => INVITE.test(mail.subject) || CANCELLED.test(mail.subject))
    .map(inviteOf);
}

describe("calendar invites", () => {
  it("after the plan every session reaches every calendar; a replan moves and cancels the same events", async () => {
    const { relationshipId, mentor, sessions, ...seeded } = await seedToLearning(h, 3);
    const mentee = seeded.mentee.email;

    // One REQUEST per session and person, the event at the session's stored time.
    for (const person of [mentor.email, mentee]) {
      const invites = await h.until("three invites", async () => {
        const found = await invitesTo(person);
        return found.length === 3 ? found : undefined;
      });
      expect(invites.map((i) => [i.method, i.sequence, i.status])).toEqual([
        ["REQUEST", 0, "CONFIRMED"],
        ["REQUEST", 0, "CONFIRMED"],
        ["REQUEST", 0, "CONFIRMED"],
      ]);
      expect(invites.map((i) => i.start)).toEqual(sessions.map((s) => s.startsAt));
      expect(new Set(invites.map((i) => i.uid)).size).toBe(3);
    }
    const before = await invitesTo(mentee);
    // Both people's calendars hold the same events.
    expect((await invitesTo(mentor.email)).map((i) => i.uid)).toEqual(before.map((i) => i.uid));

    // Session 1 goes badly: the coordinator decides the plan is made again.
    await h.reflectOn(sessions[0], [mentor.email, GOOD_REFLECTION], [mentee, LOW_VALUE]);
    const escalationId = (await h.openEscalation(relationshipId)).openEscalationId ?? "";
    await h.decide(escalationId, { decision: "replan" });
    await h.waitForState(relationshipId, STATES.waitPlan);

    // The new plan: one session, later. What remains of the old plan moves or is cancelled.
    const replan = await h.waitForMail(mentor.email, /plan/i, 2);
    await h.answer(replan, PLAN(1, rigaLocal(h.clock.now(), 5)));
    await h.waitForState(relationshipId, STATES.waitReminder);
    const all = await h.deps.workflowStore.listSessions(relationshipId, { includeCancelled: true });
    const kept = all.filter((s) => !s.cancelled && s.number > 1);
    const dropped = all.filter((s) => s.cancelled);
    expect(kept).toHaveLength(1);
    expect(dropped.length).toBeGreaterThanOrEqual(1);

    const after = await h.until("the updates", async () => {
      const found = await invitesTo(mentee);
      return found.length === 3 + kept.length + dropped.length ? found : undefined;
    });
    const updates = after.slice(3);
    const uidOf = (n: number) => before[n - 1]?.uid;
    for (const session of kept) {
      const update = updates.find((i) => i.uid === uidOf(session.number));
      expect(update).toMatchObject({ method: "REQUEST", sequence: 1, start: session.startsAt });
    }
    for (const session of dropped) {
      const cancel = updates.find((i) => i.uid === uidOf(session.number));
      expect(cancel).toMatchObject({ method: "CANCEL", sequence: 1, status: "CANCELLED" });
      expect(cancel?.subject).toMatch(CANCELLED);
    }
    // Session 1 was held: its event stays as it was.
    expect(updates.find((i) => i.uid === uidOf(1))).toBeUndefined();
    const timeline = await h.deps.workflowStore.listEvents(relationshipId);
    expect(timeline.filter((e) => e.type === "calendar_invites_sent")).toHaveLength(2);
  });

  it("closing early cancels every session still ahead, once", async () => {
    const { relationshipId, mentor, sessions, ...seeded } = await seedToLearning(h, 3);
    const mentee = seeded.mentee.email;
    await h.reflectOn(sessions[0], [mentor.email, GOOD_REFLECTION], [mentee, LOW_VALUE]);
    const escalationId = (await h.openEscalation(relationshipId)).openEscalationId ?? "";
    await h.decide(escalationId, { decision: "close", note: "Mentors pārcēlās uz citu darbu" });
    await h.waitForStatus(relationshipId, "SUCCEEDED");

    for (const person of [mentor.email, mentee]) {
      const invites = await invitesTo(person);
      const cancels = invites.filter((i) => i.method === "CANCEL");
      // Sessions 2 and 3 were ahead; session 1 had been held.
      expect(cancels.map((i) => i.uid).sort()).toEqual(
        invites
          .slice(1, 3)
          .map((i) => i.uid)
          .sort(),
      );
      expect(cancels.every((i) => i.sequence === 1 && i.status === "CANCELLED")).toBe(true);
      expect(invites).toHaveLength(5);
    }
  });
});
