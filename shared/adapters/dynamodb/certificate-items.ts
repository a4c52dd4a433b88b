import {
  type CertificateRecord,
  certificateRecordSchema,
} from "../../certificates/certificate-record.js";
import { keys } from "../../table/table-definition.js";
import { type TableClient, withoutKeys } from "./table-client.js";

/** What an erased holder's revoked certificate says instead of the name. */
export const ERASED_NAME = "—";

/** Certificates, and the pointer per (relationship, participant) that makes issuing once. */
export class CertificateItems {
  constructor(private readonly table: TableClient) {}

  async issueCertificate(
    relationshipId: string,
    participantId: string,
    certificate: CertificateRecord,
  ): Promise<{ certificate: CertificateRecord; created: boolean }> {
    const pointer = keys.certificateIssue(relationshipId, participantId);
    const created = await this.table.transactIf([
      {
        Put: {
          Item: {
            ...pointer,
            itemType: "certificate-issue",
            certificateId: certificate.certificateId,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      {
        Put: {
          Item: {
            ...keys.certificate(certificate.certificateId),
            itemType: "certificate",
            ...certificateRecordSchema.parse(certificate),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
    if (created) return { certificate, created };
    // Issued before (a retry or a restart): the first certificate stands.
    const existing = await this.getCertificateOf(relationshipId, participantId);
    if (!existing) {
      throw new Error(`certificate ${certificate.certificateId} could not be stored or found`);
    }
    return { certificate: existing, created };
  }

  async getCertificate(certificateId: string): Promise<CertificateRecord | undefined> {
    const item = await this.table.get(keys.certificate(certificateId));
    return item ? certificateRecordSchema.parse(withoutKeys(item)) : undefined;
  }

  async getCertificateOf(
    relationshipId: string,
    participantId: string,
  ): Promise<CertificateRecord | undefined> {
    const pointer = await this.table.get(keys.certificateIssue(relationshipId, participantId));
    return pointer ? this.getCertificate(String(pointer.certificateId)) : undefined;
  }

  /** Revoked, with the holder's name replaced; false when it was revoked already. */
  async revokeForErasure(certificateId: string, at: string): Promise<boolean> {
    return this.table.updateIf({
      Key: keys.certificate(certificateId),
      UpdateExpression: "SET #status = :revoked, revokedAt = :at, #name = :erased",
      ConditionExpression: "attribute_exists(pk) AND #status = :valid",
      ExpressionAttributeNames: { "#status": "status", "#name": "name" },
      ExpressionAttributeValues: {
        ":revoked": "revoked",
        ":valid": "valid",
        ":at": at,
        ":erased": ERASED_NAME,
      },
    });
  }
}
