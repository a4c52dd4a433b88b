import { z } from "zod";
import { type Language, type Localized, localized } from "../i18n/localized.js";
import { countPhrase, plural } from "../i18n/plural.js";

/** Texts and dates shared by the certificate PDF and the verification page. */

export const certificateKindSchema = z.enum(["mentee", "mentor"]);
export type CertificateKind = z.infer<typeof certificateKindSchema>;

export const certificatePeriodSchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((period) => period.from <= period.to, {
    message: "The period must not end before it starts.",
    path: ["to"],
  });
export type CertificatePeriod = z.infer<typeof certificatePeriodSchema>;

export const ISSUER = localized(
  "Publiskās pārvaldes digitālā akadēmija",
  "Public Administration Digital Academy",
);

/** What a certificate is, in one phrase (verification page, PDF subject). */
export const KIND_LABEL: Record<CertificateKind, Localized> = {
  mentee: localized(
    "Sertifikāts par mentoringa programmas pabeigšanu",
    "Certificate of completing the mentoring programme",
  ),
  mentor: localized("Pateicība par mentora darbu", "Thank you for mentoring"),
};

export const quoted = (text: string, language: Language): string =>
  language === "lv" ? `„${text}”` : `“${text}”`;

// Latvian dates decline: "no 3. marta" (genitive), "līdz 30. septembrim" (dative),
// "izsniegts 1. oktobrī" (locative), so Intl's nominative alone does not fit a sentence.
const LATVIAN_MONTHS = {
  nominative: [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
  ],
  genitive: [
    "janvāra",
    "februāra",
    "marta",
    "aprīļa",
    "maija",
    "jūnija",
    "jūlija",
    "augusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
  ],
  dative: [
    "janvārim",
    "februārim",
    "martam",
    "aprīlim",
    "maijam",
    "jūnijam",
    "jūlijam",
    "augustam",
    "septembrim",
    "oktobrim",
    "novembrim",
    "decembrim",
  ],
  locative: [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
  ],
} as const;
export type LatvianCase = keyof typeof LATVIAN_MONTHS;

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function dateParts(isoDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new Error(`not an ISO date: ${isoDate}`);
  }
  return { year, month, day };
}

/** A calendar date (YYYY-MM-DD) as words; calendar dates carry no time zone to shift. */
export function formatCalendarDate(
  isoDate: string,
  language: Language,
  latvianCase: LatvianCase = "nominative",
): string {
  const { year, month, day } = dateParts(isoDate);
  return language === "lv"
    ? `${year}. gada ${day}. ${LATVIAN_MONTHS[latvianCase][month - 1]}`
    : `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

export const formatPeriod = (period: CertificatePeriod, language: Language): string =>
  language === "lv"
    ? `no ${formatCalendarDate(period.from, "lv", "genitive")} līdz ${formatCalendarDate(period.to, "lv", "dative")}`
    : `from ${formatCalendarDate(period.from, "en")} to ${formatCalendarDate(period.to, "en")}`;

/** The calendar day an instant falls on in Riga, where the certificates are issued. */
export function rigaDate(instant: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Riga",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** "8 tikšanās": the Latvian noun has one form for every count; English needs the plural. */
const SESSIONS = plural(
  {
    zero: "{count} mentoringa tikšanās",
    one: "{count} mentoringa tikšanās",
    other: "{count} mentoringa tikšanās",
  },
  { one: "{count} mentoring session", other: "{count} mentoring sessions" },
);
export const formatSessions = (count: number, language: Language): string =>
  countPhrase(language, count, SESSIONS);

export const CERTIFICATE_ID_LABEL = localized("Sertifikāta kods", "Certificate ID");
