import { normalizeCertificateId } from "../certificates/certificate-id.js";
import { verificationOf } from "../certificates/certificate-record.js";
import type { VerificationResult } from "../certificates/verification-page.js";
import type { WorkflowStore } from "../ports/workflow-store.js";

/**
 * The public check of a certificate id: valid, revoked or unknown. A malformed id is
 * unknown without asking the table; the answer carries only what the certificate shows.
 */
export async function verifyCertificate(
  deps: { workflowStore: Pick<WorkflowStore, "getCertificate"> },
  typedId: string,
): Promise<VerificationResult> {
  const certificateId = normalizeCertificateId(typedId);
  if (!certificateId) return { status: "unknown", certificateId: typedId };
  return verificationOf(certificateId, await deps.workflowStore.getCertificate(certificateId));
}
