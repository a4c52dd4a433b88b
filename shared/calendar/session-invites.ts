import { createEvent, type EventAttributes } from "ics";
import type { Language, Localized } from "../i18n/localized.js";
import type { OutgoingMail } from "../ports/mailer.js";

/** Someone named in an invite: the organizer or an attendee. */
export interface CalendarPerson {
  name: string;
  email: string;
}

/** `confirmed` invites to (or moves) the session; `cancelled` removes it from the calendars. */
export type SessionInviteStatus = "confirmed" | "cancelled";

export interface SessionInviteInput {
  relationshipId: string;
  session: {
    number: number;
    /** ISO 8601 with an offset or Z; written to the invite in UTC. */
    startsAt: string;
    endsAt: string;
  };
  /**
   * 0 for the first invite of the session, one more for every later change (a new time or
   * the cancellation): calendars apply an update only when its SEQUENCE is higher.
   */
  sequence: number;
  status: SessionInviteStatus;
  /** Who the invite is from; calendar replies would go here. */
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** E.g. "Mentoringa tikšanās 3" / "Mentoring session 3". */
  title: Localized;
  description: Localized;
  /** The language of the person who receives this invite. */
  language: Language;
  /**
   * When the invite is made (DTSTAMP), ISO 8601. Pass the workflow's clock so the output is
   * reproducible; without it the current time is used.
   */
  stampedAt?: string;
}

export type CalendarMethod = "REQUEST" | "CANCEL";

/** One attachment of an OutgoingMail. */
export type MailAttachment = NonNullable<OutgoingMail["attachments"]>[number];

export const INVITE_FILENAME = "invite.ics";

const PRODUCT_ID = "-//Mentoring programme//Session invites//EN";
const UID_DOMAIN = "mentoring.local";

/**
 * The same UID for every invite of one session, so a changed date moves the event that is
 * already in the calendars instead of adding a second one, and a cancellation removes it.
 */
export function sessionInviteUid(relationshipId: string, sessionNumber: number): string {
  return `${relationshipId}-session-${sessionNumber}@${UID_DOMAIN}`;
}

/** iTIP (RFC 5546): REQUEST creates or updates the event, CANCEL removes it. */
export function sessionInviteMethod(status: SessionInviteStatus): CalendarMethod {
  return status === "cancelled" ? "CANCEL" : "REQUEST";
}

function parseInstant(value: string, field: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`${field} is not a date-time: ${value}`);
  return time;
}

/**
 * ics writes a name into a quoted parameter (CN="...") and escapes a quote as \", which
 * RFC 5545 does not allow (a quoted parameter cannot hold DQUOTE at all), and it does not
 * escape line breaks there: both would break the line, so they become a ' and a space.
 */
export function safeName(name: string): string {
  return name
    .replace(/"/g, "'")
    .replace(/\p{Cc}+/gu, " ")
    .trim();
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds one content line at 75 octets (RFC 5545, 3.1), never inside a character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    // A continuation line starts with the space that folding adds.
    const limit = parts.length === 0 ? 75 : 74;
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * ics folds at 75 characters, not 75 octets, so lines with Latvian letters grow past the
 * limit; unfold and fold again by octets. Safe because every text value ics writes has its
 * line breaks escaped (\n), so the only CRLF + whitespace in the output is its own folding.
 */
export function refold(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, "").split("\r\n");
  if (lines.at(-1) === "") lines.pop();
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** The iCalendar (.ics) text of one session's invite, its update or its cancellation. */
export function buildSessionInvite(input: SessionInviteInput): string {
  const { session, sequence } = input;
  if (!input.relationshipId.trim()) throw new RangeError("relationshipId is empty");
  if (!Number.isInteger(session.number) || session.number < 1) {
    throw new RangeError(`session number must be a positive integer: ${session.number}`);
  }
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new RangeError(`sequence must be a whole number from 0: ${sequence}`);
  }
  const start = parseInstant(session.startsAt, "startsAt");
  const end = parseInstant(session.endsAt, "endsAt");
  if (end <= start) throw new RangeError("a session must end after it starts");
  // iTIP requires at least one attendee in a REQUEST and a CANCEL.
  if (input.attendees.length === 0) throw new RangeError("an invite needs at least one attendee");

  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    method: sessionInviteMethod(input.status),
    uid: sessionInviteUid(input.relationshipId, session.number),
    sequence,
    status: input.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    // Epoch milliseconds with utc in and out: DTSTART/DTEND as UTC (…Z), whatever the TZ.
    start,
    startInputType: "utc",
    startOutputType: "utc",
    end,
    endInputType: "utc",
    endOutputType: "utc",
    // ics accepts `timestamp` (DTSTAMP) but its types leave it out; its default is now.
    timestamp:
      input.stampedAt === undefined ? Date.now() : parseInstant(input.stampedAt, "stampedAt"),
    title: input.title[input.language],
    description: input.description[input.language],
    organizer: { name: safeName(input.organizer.name), email: input.organizer.email },
    // RSVP=FALSE: attendance is asked for in the reflection forms, not by calendar replies.
    // ROLE and PARTSTAT are left at their defaults (REQ-PARTICIPANT, NEEDS-ACTION): ics
    // would quote them, which their RFC 5545 grammar does not allow.
    attendees: input.attendees.map((person) => ({
      name: safeName(person.name),
      email: person.email,
      rsvp: false,
    })),
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null) {
    throw new Error(`could not build the invite: ${error?.message ?? "no output"}`, {
      cause: error,
    });
  }
  return refold(value);
}

/**
 * The invite as a mail attachment. The method in the content type lets mail clients show
 * it as an invitation (or a cancellation), not only as a file.
 */
export function sessionInviteAttachment(input: SessionInviteInput): MailAttachment {
  return {
    filename: INVITE_FILENAME,
    contentType: `text/calendar; charset=utf-8; method=${sessionInviteMethod(input.status)}`,
    content: buildSessionInvite(input),
  };
}
