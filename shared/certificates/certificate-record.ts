import { z } from "zod";
import { localizedSchema } from "../i18n/localized.js";
import { formatSchema } from "../schemas/reference.js";
import { certificateIdSchema } from "./certificate-id.js";
import { certificateKindSchema, certificatePeriodSchema } from "./certificate-texts.js";
import type { VerificationResult } from "./verification-page.js";

/**
 * A certificate as the table keeps it. Anyone holding the id may verify it, so the record
 * holds only what the certificate itself shows: no e-mail, institution, partners, ratings
 * or reflections, and not even the ids of the relationship or the participant (the
 * relationship's pointer item leads from them to the certificate, never the other way).
 */
export const certificateRecordSchema = z.object({
  certificateId: certificateIdSchema,
  kind: certificateKindSchema,
  /** The holder's name, as on the certificate. */
  name: z.string().trim().min(1).max(200),
  programme: localizedSchema,
  format: formatSchema,
  period: certificatePeriodSchema,
  issuedAt: z.iso.datetime({ offset: true }),
  status: z.enum(["valid", "revoked"]),
  revokedAt: z.iso.datetime({ offset: true }).optional(),
});
export type CertificateRecord = z.infer<typeof certificateRecordSchema>;

/** What the public verification page may say about a stored certificate (or its absence). */
export function verificationOf(
  typedId: string,
  record: CertificateRecord | undefined,
): VerificationResult {
  if (!record) return { status: "unknown", certificateId: typedId };
  if (record.status === "revoked") {
    return {
      status: "revoked",
      certificateId: record.certificateId,
      ...(record.revokedAt ? { revokedAt: record.revokedAt } : {}),
    };
  }
  const { certificateId, kind, name, programme, period, issuedAt } = record;
  return {
    status: "valid",
    certificate: { certificateId, kind, name, programme, period, issuedAt },
  };
}
