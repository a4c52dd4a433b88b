import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  buildSessionInvite,
  type SessionInviteInput,
  sessionInviteAttachment,
  sessionInviteUid,
} from "../../shared/calendar/session-invites.js";

const base: SessionInviteInput = {
  relationshipId: "rel_0000abcdefxyz",
  session: {
    number: 3,
    // Riga summer time: 10:00 local is 07:00 UTC.
    startsAt: "2026-05-12T10:00:00+03:00",
    endsAt: "2026-05-12T11:30:00+03:00",
  },
  sequence: 0,
  status: "confirmed",
  organizer: { name: "Mentoringa programma", email: "mentori@example.lv" },
  attendees: [
    { name: "Ķēniņš Žūriņš", email: "kenins.zurins@example.gov.lv" },
    { name: "Anna Bērziņa", email: "anna.berzina@example.lv" },
  ],
  title: { lv: "Mentoringa tikšanās 3", en: "Mentoring session 3" },
  description: {
    lv: "Trešā tikšanās: mērķi, šķēršļi; nākamie soļi.\nĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž",
    en: "Third session: goals, obstacles; next steps.",
  },
  language: "lv",
  stampedAt: "2026-05-01T08:15:00Z",
};

/** Parses with ical.js (a full RFC 5545 parser) and returns the calendar and its one event. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const component = events[0] as ICAL.Component;
  const event = new ICAL.Event(component);
  return {
    calendar,
    component,
    event,
    method: calendar.getFirstPropertyValue("method"),
    status: component.getFirstPropertyValue("status"),
    stamp: (component.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString(),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    organizer: component.getFirstProperty("organizer"),
  };
}

describe("buildSessionInvite", () => {
  it("builds a REQUEST that a real parser reads: uid, sequence, UTC times, Latvian text, people", () => {
    const ics = buildSessionInvite(base);
    const parsed = parse(ics);

    expect(parsed.calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(parsed.method).toBe("REQUEST");
    expect(parsed.status).toBe("CONFIRMED");
    expect(parsed.event.uid).toBe("rel_0000abcdefxyz-session-3@mentoring.local");
    expect(parsed.event.sequence).toBe(0);
    expect(parsed.event.summary).toBe("Mentoringa tikšanās 3");
    expect(parsed.event.description).toBe(base.description.lv);
    expect(parsed.start).toBe("2026-05-12T07:00:00.000Z");
    expect(parsed.end).toBe("2026-05-12T08:30:00.000Z");
    expect(parsed.event.startDate.zone.tzid).toBe("UTC");
    expect(parsed.stamp).toBe("2026-05-01T08:15:00.000Z");
    expect(ics).toContain("\r\nDTSTART:20260512T070000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20260512T083000Z\r\n");

    expect(parsed.organizer?.getParameter("cn")).toBe("Mentoringa programma");
    expect(String(parsed.organizer?.getFirstValue()).toLowerCase()).toBe(
      "mailto:mentori@example.lv",
    );
    expect(
      parsed.event.attendees.map((attendee) => ({
        name: attendee.getParameter("cn"),
        address: String(attendee.getFirstValue()).toLowerCase(),
        rsvp: attendee.getParameter("rsvp"),
      })),
    ).toEqual([
      { name: "Ķēniņš Žūriņš", address: "mailto:kenins.zurins@example.gov.lv", rsvp: "FALSE" },
      { name: "Anna Bērziņa", address: "mailto:anna.berzina@example.lv", rsvp: "FALSE" },
    ]);
  });

  it("writes the title and description in the language of the person", () => {
    const { event } = parse(buildSessionInvite({ ...base, language: "en" }));
    expect(event.summary).toBe("Mentoring session 3");
    expect(event.description).toBe("Third session: goals, obstacles; next steps.");
  });

  it("moves the same event on a reschedule: same UID, higher SEQUENCE, the new time", () => {
    const first = parse(buildSessionInvite(base));
    const moved = parse(
      buildSessionInvite({
        ...base,
        sequence: 1,
        session: {
          number: 3,
          startsAt: "2026-05-19T14:00:00Z",
          endsAt: "2026-05-19T15:00:00Z",
        },
        stampedAt: "2026-05-10T09:00:00Z",
      }),
    );

    expect(moved.method).toBe("REQUEST");
    expect(moved.status).toBe("CONFIRMED");
    expect(moved.event.uid).toBe(first.event.uid);
    expect(moved.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(moved.event.sequence).toBe(1);
    expect(moved.start).toBe("2026-05-19T14:00:00.000Z");
    expect(moved.end).toBe("2026-05-19T15:00:00.000Z");
    expect(moved.stamp).toBe("2026-05-10T09:00:00.000Z");
  });

  it("cancels the same event: METHOD:CANCEL, STATUS:CANCELLED, same UID", () => {
    const ics = buildSessionInvite({ ...base, sequence: 2, status: "cancelled" });
    const cancelled = parse(ics);

    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.event.uid).toBe(sessionInviteUid(base.relationshipId, 3));
    expect(cancelled.event.sequence).toBe(2);
    expect(cancelled.event.summary).toBe("Mentoringa tikšanās 3");
    expect(cancelled.event.attendees).toHaveLength(2);
    expect(ics).toMatch(/\r\nMETHOD:CANCEL\r\n/);
    expect(ics).toMatch(/\r\nSTATUS:CANCELLED\r\n/);
  });

  it("gives every session of a relationship its own UID, and every relationship too", () => {
    const uids = [
      sessionInviteUid("rel_a", 1),
      sessionInviteUid("rel_a", 2),
      sessionInviteUid("rel_b", 1),
    ];
    expect(new Set(uids).size).toBe(3);
    expect(uids[0]).toBe("rel_a-session-1@mentoring.local");
  });

  it("keeps to the format: CRLF line ends, lines of at most 75 octets, folded Latvian text intact", () => {
    const long = "Ilgtermiņa mērķu pārskatīšana ar ģimenes, ķermeņa un šķēršļu pārrunāšanu ".repeat(
      4,
    );
    const ics = buildSessionInvite({
      ...base,
      title: { lv: long.trim(), en: "Long" },
      description: { lv: long.repeat(3).trim(), en: "Long" },
    });

    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    const { event } = parse(ics);
    expect(event.summary).toBe(long.trim());
    expect(event.description).toBe(long.repeat(3).trim());
  });

  it("is deterministic for one input, and names with quotes or line breaks stay one line", () => {
    expect(buildSessionInvite(base)).toBe(buildSessionInvite(base));

    const ics = buildSessionInvite({
      ...base,
      attendees: [{ name: 'Jānis "Jancis"\nOzols', email: "janis.ozols@example.lv" }],
    });
    const { event } = parse(ics);
    expect(event.attendees.map((a) => a.getParameter("cn"))).toEqual(["Jānis 'Jancis' Ozols"]);
  });

  it("refuses what would make a broken invite", () => {
    expect(() =>
      buildSessionInvite({
        ...base,
        session: { number: 3, startsAt: base.session.endsAt, endsAt: base.session.startsAt },
      }),
    ).toThrow(/end after it starts/);
    expect(() =>
      buildSessionInvite({ ...base, session: { ...base.session, startsAt: "rīt" } }),
    ).toThrow(/startsAt/);
    expect(() => buildSessionInvite({ ...base, sequence: -1 })).toThrow(/sequence/);
    expect(() => buildSessionInvite({ ...base, sequence: 1.5 })).toThrow(/sequence/);
    expect(() => buildSessionInvite({ ...base, session: { ...base.session, number: 0 } })).toThrow(
      /session number/,
    );
    expect(() => buildSessionInvite({ ...base, attendees: [] })).toThrow(/attendee/);
    expect(() => buildSessionInvite({ ...base, relationshipId: " " })).toThrow(/relationshipId/);
    expect(() =>
      buildSessionInvite({ ...base, attendees: [{ name: "X", email: "not an address" }] }),
    ).toThrow(/could not build the invite/);
  });
});

describe("sessionInviteAttachment", () => {
  it("is invite.ics with the method in its content type", () => {
    const request = sessionInviteAttachment(base);
    expect(request).toEqual({
      filename: "invite.ics",
      contentType: "text/calendar; charset=utf-8; method=REQUEST",
      content: buildSessionInvite(base),
    });

    const cancel = sessionInviteAttachment({ ...base, sequence: 1, status: "cancelled" });
    expect(cancel.contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
    expect(parse(String(cancel.content)).method).toBe("CANCEL");
  });
});
