import { z } from "zod";
import { escapeHtml } from "../forms/render-page.js";
import {
  format,
  type Language,
  type Localized,
  localized,
  localizedSchema,
} from "../i18n/localized.js";
import { certificateIdSchema } from "./certificate-id.js";
import {
  CERTIFICATE_ID_LABEL,
  certificateKindSchema,
  certificatePeriodSchema,
  formatCalendarDate,
  formatPeriod,
  ISSUER,
  KIND_LABEL,
  rigaDate,
} from "./certificate-texts.js";

/**
 * What a verification shows. Anyone with the id may look, so a valid certificate carries
 * only what is printed on it anyway: no e-mail, institution, ratings or partners. The
 * schema strips every other field, so a whole stored record cannot leak through here.
 */
export const verifiedCertificateSchema = z.object({
  certificateId: certificateIdSchema,
  kind: certificateKindSchema,
  name: z.string().min(1),
  programme: localizedSchema,
  period: certificatePeriodSchema,
  issuedAt: z.iso.datetime({ offset: true }),
});
export type VerifiedCertificate = z.infer<typeof verifiedCertificateSchema>;

export const verificationResultSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("valid"), certificate: verifiedCertificateSchema }),
  z.object({
    status: z.literal("revoked"),
    certificateId: certificateIdSchema,
    revokedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  /** `certificateId` is what was asked for, as typed (it may not even be well-formed). */
  z.object({ status: z.literal("unknown"), certificateId: z.string() }),
]);
export type VerificationResult = z.input<typeof verificationResultSchema>;

const T = {
  validTitle: localized("Sertifikāts ir īsts", "This certificate is genuine"),
  validLead: localized(
    "Šo sertifikātu izsniegusi {issuer}, un tas ir spēkā.",
    "This certificate was issued by the {issuer} and is valid.",
  ),
  details: localized("Sertifikāta dati", "Certificate details"),
  name: localized("Vārds, uzvārds", "Name"),
  kind: localized("Veids", "Type"),
  programme: localized("Programma", "Programme"),
  period: localized("Laikposms", "Period"),
  issued: localized("Izsniegts", "Issued"),
  revokedTitle: localized("Sertifikāts ir atsaukts", "This certificate has been revoked"),
  revokedLead: localized(
    "Sertifikāts ar kodu {id} ir atsaukts, un tas vairs nav spēkā.",
    "The certificate with the ID {id} has been revoked and is no longer valid.",
  ),
  revokedLeadOn: localized(
    "Sertifikāts ar kodu {id} ir atsaukts {date}, un tas vairs nav spēkā.",
    "The certificate with the ID {id} was revoked on {date} and is no longer valid.",
  ),
  revokedHelp: localized(
    "Ja uzskatāt, ka tā ir kļūda, rakstiet programmas koordinatoram (adrese ir lapas beigās).",
    "If you think this is a mistake, write to the programme coordinator (the address is at the bottom of the page).",
  ),
  unknownTitle: localized("Sertifikāts nav atrasts", "Certificate not found"),
  unknownLead: localized(
    "Neatradām sertifikātu ar kodu {id}.",
    "We found no certificate with the ID {id}.",
  ),
  unknownLeadNoId: localized("Sertifikāta kods nav norādīts.", "No certificate ID was given."),
  unknownHelp: localized(
    "Pārbaudiet, vai kods pārrakstīts precīzi: tas sākas ar „cert_”, kam seko 26 latīņu burti un cipari.",
    "Check that the ID was copied exactly: it starts with “cert_” followed by 26 letters and digits.",
  ),
};

/** The page title for `renderPage`, matching the heading. */
export function verificationTitle(result: VerificationResult): Localized {
  switch (result.status) {
    case "valid":
      return T.validTitle;
    case "revoked":
      return T.revokedTitle;
    case "unknown":
      return T.unknownTitle;
  }
}

/** Typed ids are echoed back; a pasted essay is not. */
const MAX_ECHOED_ID = 64;

const code = (id: string) => `<code>${escapeHtml(id)}</code>`;

/**
 * The body of the public verification page (the caller wraps it with `renderPage`):
 * valid, revoked or unknown, each with one h1 that says the outcome in words.
 */
export function renderVerification(result: VerificationResult, language: Language): string {
  const parsed = verificationResultSchema.parse(result);
  const t = (text: Localized) => text[language];
  switch (parsed.status) {
    case "valid": {
      const { certificate } = parsed;
      const row = (label: Localized, value: string) =>
        `<dt>${escapeHtml(t(label))}</dt>\n<dd>${value}</dd>`;
      return [
        `<h1>${escapeHtml(t(T.validTitle))}</h1>`,
        `<p>${escapeHtml(format(t(T.validLead), { issuer: t(ISSUER) }))}</p>`,
        `<section aria-labelledby="certificate-details">`,
        `<h2 id="certificate-details">${escapeHtml(t(T.details))}</h2>`,
        "<dl>",
        row(T.name, escapeHtml(certificate.name)),
        row(T.kind, escapeHtml(t(KIND_LABEL[certificate.kind]))),
        row(T.programme, escapeHtml(t(certificate.programme))),
        row(T.period, escapeHtml(formatPeriod(certificate.period, language))),
        row(
          T.issued,
          escapeHtml(formatCalendarDate(rigaDate(certificate.issuedAt), language, "nominative")),
        ),
        row(CERTIFICATE_ID_LABEL, code(certificate.certificateId)),
        "</dl>",
        "</section>",
      ].join("\n");
    }
    case "revoked": {
      const date =
        parsed.revokedAt && formatCalendarDate(rigaDate(parsed.revokedAt), language, "locative");
      // Placeholders are filled after escaping, so the inserted markup stays markup.
      const lead = date
        ? format(escapeHtml(t(T.revokedLeadOn)), {
            id: code(parsed.certificateId),
            date: escapeHtml(date),
          })
        : format(escapeHtml(t(T.revokedLead)), { id: code(parsed.certificateId) });
      return [
        `<h1>${escapeHtml(t(T.revokedTitle))}</h1>`,
        `<p>${lead}</p>`,
        `<p>${escapeHtml(t(T.revokedHelp))}</p>`,
      ].join("\n");
    }
    case "unknown": {
      const typed = parsed.certificateId.trim().slice(0, MAX_ECHOED_ID);
      const lead = typed
        ? format(escapeHtml(t(T.unknownLead)), { id: code(typed) })
        : escapeHtml(t(T.unknownLeadNoId));
      return [
        `<h1>${escapeHtml(t(T.unknownTitle))}</h1>`,
        `<p>${lead}</p>`,
        `<p>${escapeHtml(t(T.unknownHelp))}</p>`,
      ].join("\n");
    }
  }
}
