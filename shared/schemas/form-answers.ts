import { z } from "zod";
import { formatCalendarDate, rigaDate } from "../certificates/certificate-texts.js";

// Dates and times as the forms take them (Riga wall-clock time); each form kind keeps its
// own answer schema in shared/domain/forms/.

/** A local date and time in Riga, as a datetime-local field sends it. */
export const localDateTimeSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

/** The Riga wall-clock time as a UTC instant (Latvia keeps EET/EEST). */
export function rigaLocalToUtc(local: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  const offset = (at: Date) => {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Riga",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(at);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    return wall - at.getTime();
  };
  // Two passes settle the offset even right at a daylight-saving change.
  const first = new Date(asUtc.getTime() - offset(asUtc));
  return new Date(asUtc.getTime() - offset(first));
}

/** How a moment reads in Riga, for e-mails and pages. */
export function formatRiga(at: Date, language: "lv" | "en"): string {
  return new Intl.DateTimeFormat(language === "lv" ? "lv-LV" : "en-GB", {
    timeZone: "Europe/Riga",
    dateStyle: "long",
    timeStyle: "short",
  }).format(at);
}

/**
 * A moment in Riga as running text says it: Latvian in the locative with the time,
 * "2026. gada 8. decembrī plkst. 9.00"; English "8 December 2026 at 09:00". The date in
 * words is the certificates' own (formatCalendarDate), on the Riga calendar day.
 */
/**
 * The Riga calendar day of an instant, for running text after "līdz" (Latvian dative):
 * "2026. gada 21. decembrim"; English "21 December 2026".
 */
export const formatRigaDayUntil = (at: Date, language: "lv" | "en"): string =>
  formatCalendarDate(rigaDate(at.toISOString()), language, "dative");

export function formatRigaInText(at: Date, language: "lv" | "en"): string {
  const [hour, minute] = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Riga",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(at)
    .split(":");
  const day = rigaDate(at.toISOString());
  return language === "lv"
    ? `${formatCalendarDate(day, "lv", "locative")} plkst. ${Number(hour)}.${minute}`
    : `${formatCalendarDate(day, "en")} at ${hour}:${minute}`;
}
