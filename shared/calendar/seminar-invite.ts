import { createHash } from "node:crypto";
import { createEvent, type EventAttributes } from "ics";
import type { Language, Localized } from "../i18n/localized.js";
import {
  type CalendarPerson,
  INVITE_FILENAME,
  type MailAttachment,
  refold,
  safeName,
} from "./session-invites.js";

export interface SeminarInviteInput {
  cohortId: string;
  seminar: { at: string; minutes: number; place: string };
  /**
   * Rises with every change of the seminar, so calendars apply a moved seminar to the event
   * they already have (RFC 5545 SEQUENCE): see `seminarSequence`.
   */
  sequence: number;
  organizer: CalendarPerson;
  /** Only the person who gets this invite: the other participants' addresses are theirs. */
  attendee: CalendarPerson;
  title: Localized;
  description: Localized;
  language: Language;
  /** DTSTAMP, ISO 8601 (the workflow's clock, so the output is reproducible). */
  stampedAt: string;
}

const PRODUCT_ID = "-//Mentoring programme//Seminar invites//EN";

/** One UID per cohort's seminar: a moved seminar updates the event already in the calendar. */
export const seminarInviteUid = (cohortId: string) => `${cohortId}-seminar@mentoring.local`;

/**
 * A SEQUENCE that grows when the seminar changes, without a counter kept anywhere: the
 * seconds from the cohort's creation to the change (its `updatedAt`), 0 for the first.
 */
export const seminarSequence = (cohort: { createdAt: string; updatedAt: string }): number =>
  Math.max(0, Math.floor((Date.parse(cohort.updatedAt) - Date.parse(cohort.createdAt)) / 1000));

/** A short digest of the seminar's time, length and place: what the invite's mail key follows. */
export const seminarVersion = (seminar: SeminarInviteInput["seminar"]): string =>
  createHash("sha256")
    .update(`${seminar.at}\n${seminar.minutes}\n${seminar.place}`)
    .digest("hex")
    .slice(0, 12);

/** The iCalendar (.ics) text of the seminar's invite (METHOD:REQUEST), for one person. */
export function buildSeminarInvite(input: SeminarInviteInput): string {
  const start = Date.parse(input.seminar.at);
  if (Number.isNaN(start)) throw new RangeError(`the seminar's time is not a date-time`);
  if (!Number.isInteger(input.sequence) || input.sequence < 0)
    throw new RangeError(`sequence must be a whole number from 0: ${input.sequence}`);
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    method: "REQUEST",
    uid: seminarInviteUid(input.cohortId),
    sequence: input.sequence,
    status: "CONFIRMED",
    start,
    startInputType: "utc",
    startOutputType: "utc",
    end: start + input.seminar.minutes * 60_000,
    endInputType: "utc",
    endOutputType: "utc",
    timestamp: Date.parse(input.stampedAt),
    title: input.title[input.language],
    description: input.description[input.language],
    location: input.seminar.place.replace(/\p{Cc}+/gu, " "),
    organizer: { name: safeName(input.organizer.name), email: input.organizer.email },
    // Attendance is asked on the seminar's form, not by calendar replies.
    attendees: [{ name: safeName(input.attendee.name), email: input.attendee.email, rsvp: false }],
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null)
    throw new Error(`could not build the seminar invite: ${error?.message ?? "no output"}`, {
      cause: error,
    });
  return refold(value);
}

/** The invite as a mail attachment that mail clients show as an invitation. */
export const seminarInviteAttachment = (input: SeminarInviteInput): MailAttachment => ({
  filename: INVITE_FILENAME,
  contentType: "text/calendar; charset=utf-8; method=REQUEST",
  content: buildSeminarInvite(input),
});
