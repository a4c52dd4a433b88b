import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { createHandler } from "../../functions/api/verify-certificate.js";
import { newCertificateId } from "../../shared/certificates/certificate-id.js";
import type { CertificateRecord } from "../../shared/certificates/certificate-record.js";
import { PROGRAMME_NAME } from "../../shared/forms/render-page.js";
import { keys } from "../../shared/table/table-definition.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
let handler: ReturnType<typeof createHandler>;
beforeAll(async () => {
  table = await createTestTable();
  handler = createHandler(() => table.deps);
});

const record = (overrides: Partial<CertificateRecord> = {}): CertificateRecord => ({
  certificateId: newCertificateId(),
  kind: "mentee",
  name: "Līga Bērziņa",
  programme: PROGRAMME_NAME,
  format: "individual",
  period: { from: "2027-01-04", to: "2027-06-30" },
  issuedAt: "2027-06-30T09:00:00.000Z",
  status: "valid",
  ...overrides,
});

const show = (id: string, query?: Record<string, string>) =>
  invoke(handler, {
    ...httpEvent({ method: "GET", path: `/certificates/${id}`, ...(query ? { query } : {}) }),
    pathParameters: { certificateId: id },
  });

describe("certificates on DynamoDB Local", () => {
  it("issues one certificate per (relationship, participant), even when asked twice at once", async () => {
    const first = record();
    const second = record({ name: "Cits vārds" });
    const answers = await Promise.all([
      table.deps.workflowStore.issueCertificate("rel-1", "p-1", first),
      table.deps.workflowStore.issueCertificate("rel-1", "p-1", second),
    ]);
    expect(answers.filter((answer) => answer.created)).toHaveLength(1);
    const kept = answers.find((answer) => answer.created)?.certificate;
    for (const answer of answers) expect(answer.certificate).toEqual(kept);
    const other = kept?.certificateId === first.certificateId ? second : first;
    expect(await table.deps.workflowStore.getCertificate(other.certificateId)).toBeUndefined();
    // A later retry still finds the first one.
    const again = await table.deps.workflowStore.issueCertificate("rel-1", "p-1", record());
    expect(again).toEqual({ certificate: kept, created: false });
    // Another participant of the same relationship gets their own.
    const mentor = await table.deps.workflowStore.issueCertificate(
      "rel-1",
      "p-2",
      record({ kind: "mentor", name: "Jānis Ozoliņš" }),
    );
    expect(mentor.created).toBe(true);
    expect(await table.deps.workflowStore.getCertificate(mentor.certificate.certificateId)).toEqual(
      mentor.certificate,
    );
  });

  it("shows a valid certificate's public facts, in either language", async () => {
    const { certificate } = await table.deps.workflowStore.issueCertificate(
      "rel-2",
      "p-1",
      record(),
    );
    const lv = await show(certificate.certificateId);
    expect(lv.statusCode).toBe(200);
    expect(lv.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(lv.body).toContain("<h1>Sertifikāts ir īsts</h1>");
    expect(lv.body).toContain("<dd>Līga Bērziņa</dd>");
    expect(lv.body).toContain("no 2027. gada 4. janvāra līdz 2027. gada 30. jūnijam");
    // Typed ids are forgiven their capitals and spaces.
    const typed = await show(` ${certificate.certificateId.toUpperCase()} `, { lang: "en" });
    expect(typed.statusCode).toBe(200);
    expect(typed.body).toContain("<h1>This certificate is genuine</h1>");
  });

  it("says a revoked certificate is no longer valid (410) and an unknown one is not found (404)", async () => {
    const revoked = record({ status: "revoked", revokedAt: "2027-07-01T10:00:00.000Z" });
    await table.doc.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...keys.certificate(revoked.certificateId), itemType: "certificate", ...revoked },
      }),
    );
    const gone = await show(revoked.certificateId);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain("<h1>Sertifikāts ir atsaukts</h1>");
    expect(gone.body).not.toContain("Līga Bērziņa");

    for (const id of [newCertificateId(), "cert_", "", "../../PROFILE", "a".repeat(300)]) {
      const missing = await show(id, { lang: "en" });
      expect(missing.statusCode, id).toBe(404);
      expect(missing.body).toContain("<h1>Certificate not found</h1>");
    }
  });
});
