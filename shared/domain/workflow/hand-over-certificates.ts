import { newCertificateId } from "../../certificates/certificate-id.js";
import { rigaDate } from "../../certificates/certificate-texts.js";
import { renderCertificate } from "../../certificates/render-certificate.js";
import { PROGRAMME_NAME } from "../../forms/render-page.js";
import { FORMATS } from "../../schemas/reference.js";
import type { Relationship } from "../../schemas/workflow.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

/** Why a closed relationship gets no certificates (the timeline says which). */
export type WithheldReason = "not_closed" | "closed_early" | "no_session_held";

/**
 * Who earned a certificate: everyone of a relationship that ran its course (closed as
 * `completed`, at least one session held). A relationship the coordinator closed early
 * gets none: the mentee's certificate says "has completed mentoring", which would not be
 * true, and an early close often has a cause (someone felt unsafe, nothing happened) for
 * which thanking the mentor automatically would be wrong. The coordinator knows the
 * reason and can act on it; the timeline records that the certificates were withheld.
 */
export function certificatesWithheld(
  relationship: Relationship,
  sessionsHeld: number,
): WithheldReason | undefined {
  if (relationship.phase !== "closed") return "not_closed";
  if ((relationship.closeReason ?? "completed") !== "completed") return "closed_early";
  if (sessionsHeld === 0) return "no_session_held";
  return undefined;
}

/** The public page that confirms a certificate. */
export const verificationUrl = (baseUrl: string, certificateId: string) =>
  `${baseUrl.replace(/\/+$/, "")}/certificates/${certificateId}`;

const ATTACHMENT_NAME = {
  mentee: { lv: "sertifikats.pdf", en: "certificate.pdf" },
  mentor: { lv: "pateicibas-raksts.pdf", en: "thank-you.pdf" },
} as const;

/**
 * "4.5": at closure every mentee gets a PDF certificate and the mentor a letter of thanks,
 * in their own language, by e-mail. Idempotent: each (relationship, participant) has one
 * certificate (a conditional write; a retry finds the first one and uses its id and date)
 * and one e-mail key, so a retried or restarted step issues and sends nothing twice.
 */
export async function handOverCertificates(
  deps: wf.WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<{ issued: number; withheld?: WithheldReason }> {
  const relationship = await wf.relationshipOf(deps, relationshipId);
  const now = deps.clock.now().toISOString();
  await deps.workflowStore.updateRelationship(relationshipId, { state, updatedAt: now });
  const sessionsHeld = (await deps.workflowStore.listSessions(relationshipId)).filter(
    (session) => session.held === "yes",
  ).length;
  const withheld = certificatesWithheld(relationship, sessionsHeld);
  if (withheld) {
    await wf.record(
      deps,
      relationshipId,
      "certificates-withheld",
      "certificates_withheld",
      "workflow",
      {
        reason: withheld,
        closeReason: relationship.closeReason ?? null,
        sessionsHeld,
      },
    );
    if (relationship.phase === "closed")
      await deps.workflowStore.updateRelationship(relationshipId, { certificatesAt: now });
    return { issued: 0, withheld };
  }

  const issuedAt = relationship.closedAt ?? now;
  const period = { from: rigaDate(relationship.createdAt), to: rigaDate(issuedAt) };
  const format = FORMATS.find((item) => item.code === relationship.format);
  if (!format) throw new Error(`unknown format ${relationship.format}`);
  const people = new Map<string, Awaited<ReturnType<typeof wf.personOf>>>();
  for (const id of wf.participantIds(relationship)) {
    people.set(id, await wf.personOf(deps, relationship, id));
  }
  const nameOf = (id: string) => people.get(id)?.name ?? "";

  for (const id of wf.participantIds(relationship)) {
    const person = people.get(id);
    if (!person) continue;
    const kind = id === relationship.mentorId ? "mentor" : "mentee";
    const { certificate } = await deps.workflowStore.issueCertificate(relationshipId, id, {
      certificateId: newCertificateId(),
      kind,
      name: person.name,
      programme: PROGRAMME_NAME,
      format: relationship.format,
      period,
      issuedAt,
      status: "valid",
    });
    const verifyUrl = verificationUrl(deps.config.baseUrl, certificate.certificateId);
    // A mentee's certificate names the mentor; the mentor's thanks name the mentees.
    const partnerNames =
      kind === "mentee" ? [nameOf(relationship.mentorId)] : relationship.menteeIds.map(nameOf);
    const pdf = await renderCertificate({
      certificateId: certificate.certificateId,
      kind,
      name: certificate.name,
      partnerNames,
      programme: certificate.programme,
      formatLabel: format.label,
      sessionsHeld,
      period: certificate.period,
      issuedAt: certificate.issuedAt,
      language: person.language,
      verifyUrl,
    });
    await wf.sendOnce(
      deps,
      `certificate:${relationshipId}:${id}`,
      person,
      kind === "mentee" ? "certificate" : "certificate_thanks",
      {
        name: person.name,
        partners: partnerNames.join(", "),
        link: `${verifyUrl}?lang=${person.language}`,
        code: certificate.certificateId,
      },
      [
        {
          filename: ATTACHMENT_NAME[kind][person.language],
          contentType: "application/pdf",
          content: pdf,
        },
      ],
    );
    await wf.record(deps, relationshipId, `certificate-${id}`, "certificate_issued", "workflow", {
      participantId: id,
      kind,
      certificateId: certificate.certificateId,
    });
  }
  await deps.workflowStore.updateRelationship(relationshipId, { certificatesAt: now });
  return { issued: people.size };
}
