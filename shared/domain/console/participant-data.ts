import type { EraseInput, Erasure } from "../../schemas/erasure.js";
import type { Participant } from "../../schemas/participant.js";
import type { Relationship } from "../../schemas/workflow.js";
import { normaliseEmail } from "../../table/table-definition.js";
import { cohortAnswersOf, eraseCohortAnswers } from "../cohorts/participant-cohort-answers.js";
import { removeFromWaitingList } from "../cohorts/waiting-list.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { participantIds, record, type WorkflowDeps } from "../workflow/workflow-deps.js";
import { exportedEvents, lastHealth, ownEscalations } from "./export-view.js";

/**
 * Who stands in for an erased participant: a keyed digest (HMAC) of the id. The same id
 * gives the same pseudonym, so an interrupted erasure can run again and finish, and a
 * second request finds the first one's record; but an old id found in an e-mail, a log or
 * a backup does not lead to the person's history without the key. (After a key rotation a
 * re-run erasure uses the new key's pseudonym for what is left: both name nobody.)
 */
export const pseudonymOf = async (deps: Pick<WorkflowDeps, "signer">, participantId: string) =>
  `erased_${await deps.signer.pseudonym(`erasure\n${participantId}`)}`;

const isIn = (relationship: Relationship, participantId: string) =>
  participantIds(relationship).includes(participantId);
/** In it now, or once (a mentor who declined, or whose consent ran out, is in its history). */
const wasIn = (relationship: Relationship, participantId: string) =>
  isIn(relationship, participantId) || participantId in relationship.people;

/**
 * GDPR export: everything the system holds about one participant, as one JSON document.
 * Their own answers and reflections with their text; of the relationships they are in only
 * ids, dates, phases and what concerns them (never other people's free text or contacts).
 */
export async function exportParticipant(deps: WorkflowDeps, participantId: string) {
  const participant = await deps.store.getParticipant(participantId);
  if (!participant) throw new NotFoundError(`no participant ${participantId}`);
  const all = await deps.workflowStore.listRelationships();
  const mine = all.filter((relationship) => isIn(relationship, participantId));
  const escalations = ownEscalations(
    (await deps.workflowStore.listEscalations()).filter((escalation) =>
      mine.some((relationship) => relationship.relationshipId === escalation.relationshipId),
    ),
    participantId,
  );
  const escalationIds = new Set(escalations.map((escalation) => escalation.escalationId));
  const relationships = [];
  const certificates = [];
  for (const relationship of mine) {
    const id = relationship.relationshipId;
    const [forms, reflections, checkpoints, sessions, events, certificate] = await Promise.all([
      deps.workflowStore.listParticipantForms(id, participantId),
      deps.workflowStore.listReflections(id),
      deps.workflowStore.listCheckpoints(id),
      deps.workflowStore.listSessions(id),
      deps.workflowStore.listEvents(id),
      deps.workflowStore.getCertificateOf(id, participantId),
    ]);
    if (certificate) certificates.push({ relationshipId: id, ...certificate });
    // Their own doings, and the relationship's steps with what names nobody else.
    const timeline = exportedEvents(events, relationship, participantId, escalationIds);
    relationships.push({
      relationshipId: id,
      role: relationship.mentorId === participantId ? "mentor" : "mentee",
      format: relationship.format,
      phase: relationship.phase,
      // As their own timeline shows it: the stored health may come from a partner's rating.
      health: lastHealth(timeline),
      createdAt: relationship.createdAt,
      closedAt: relationship.closedAt ?? null,
      closeReason: relationship.closeReason ?? null,
      sessions: sessions.map((session) => ({
        number: session.number,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        held: session.held ?? null,
      })),
      forms: forms.map(({ form, answers }) => ({
        formId: form.formId,
        kind: form.kind,
        stepKey: form.stepKey,
        status: form.status,
        createdAt: form.createdAt,
        expiresAt: form.expiresAt,
        submittedAt: form.submittedAt ?? null,
        answers: answers ?? null,
      })),
      reflections: reflections.filter((r) => r.participantId === participantId),
      checkpoints: checkpoints.filter((c) => c.participantId === participantId),
      events: timeline,
    });
  }
  const escalationView = escalations.map((escalation) => ({
    escalationId: escalation.escalationId,
    relationshipId: escalation.relationshipId,
    reason: escalation.reason,
    severity: escalation.severity,
    status: escalation.status,
    openedAt: escalation.openedAt,
    decision: escalation.decision ?? null,
    decidedAt: escalation.decidedAt ?? null,
  }));
  const linkRequests = [
    ...(await deps.workflowStore.listLinkRequests("open")),
    ...(await deps.workflowStore.listLinkRequests("handled")),
  ].filter(
    (request) =>
      request.participantId === participantId ||
      (request.email !== undefined &&
        normaliseEmail(request.email) === normaliseEmail(participant.email)),
  );
  return {
    exportedAt: deps.clock.now().toISOString(),
    participant,
    relationships,
    escalations: escalationView,
    certificates,
    linkRequests,
    mailSuppression: (await deps.store.getSuppression(participant.email)) ?? null,
    waitingList: (await deps.store.getWaitingListEntry(participant.email)) ?? null,
    cohortAnswers: await cohortAnswersOf(deps, participantId),
  };
}

export type ErasureResult =
  | { alreadyErased: false; erasure: Erasure }
  | { alreadyErased: true; erasure: Erasure };

/**
 * GDPR erasure. The coordinator types the person's e-mail address again (a wrong one is a
 * 400 and changes nothing). Refused (409) while the person is in a relationship that is not
 * closed: its workflow still e-mails them. Then, relationship by relationship, the history
 * keeps only figures under a pseudonym (WorkflowStore.pseudonymise), link requests lose who
 * asked, and last the profile, application, e-mail lock and mail reports are replaced by
 * the erasure record (who, when; no personal data) in one step. Any step can run again, so
 * an interrupted erasure finishes on the next call; after it, a call answers 200 with
 * `alreadyErased: true`.
 */
export async function eraseParticipant(
  deps: WorkflowDeps,
  participantId: string,
  input: EraseInput,
  coordinator: string,
): Promise<ErasureResult> {
  const pseudonym = await pseudonymOf(deps, participantId);
  const participant = await deps.store.getParticipant(participantId);
  if (!participant) {
    const erasure = await deps.store.getErasure(pseudonym);
    if (erasure) return { alreadyErased: true, erasure };
    throw new NotFoundError(`no participant ${participantId}`);
  }
  if (normaliseEmail(input.confirm) !== normaliseEmail(participant.email)) {
    throw new ValidationError([
      {
        path: "confirm",
        message: "Type the participant's e-mail address to confirm the erasure.",
        code: "confirmation_mismatch",
      },
    ]);
  }
  const relationships = await deps.workflowStore.listRelationships();
  const running = relationships.filter(
    (relationship) => isIn(relationship, participantId) && relationship.phase !== "closed",
  );
  if (running.length > 0) {
    throw new ConflictError(
      "relationship_not_closed",
      `the participant is in relationships that are not closed (${running
        .map((relationship) => relationship.relationshipId)
        .join(", ")}); close them first`,
    );
  }
  const at = deps.clock.now().toISOString();
  const erasedBy = `coordinator:${coordinator}`;
  let certificatesRevoked = 0;
  let count = 0;
  for (const relationship of relationships) {
    if (wasIn(relationship, participantId)) {
      const done = await deps.workflowStore.pseudonymise(
        relationship.relationshipId,
        participantId,
        pseudonym,
        at,
      );
      certificatesRevoked += done.certificatesRevoked;
      count++;
      await record(
        deps,
        relationship.relationshipId,
        `erased-${pseudonym}`,
        "participant_erased",
        erasedBy,
        {
          participant: pseudonym,
        },
      );
    } else if (relationship.candidates.includes(participantId)) {
      // An erased mentor is nobody's next candidate any more.
      await deps.workflowStore.updateRelationship(relationship.relationshipId, {
        candidates: relationship.candidates.filter((id) => id !== participantId),
      });
    }
  }
  await deps.workflowStore.eraseLinkRequests(participantId, participant.email, pseudonym);
  await deps.store.pseudonymiseMatchingRuns(participantId, pseudonym);
  await eraseCohortAnswers(deps, participantId, pseudonym);
  // The address's waiting-list entry goes too (its leave link then reads "already left").
  await removeFromWaitingList(deps, participant.email);
  // Declines are kept on both profiles: the others' lists name the pseudonym from now on.
  for (const otherId of participant.declinedWith ?? [])
    await deps.store.replaceDeclined(otherId, participantId, pseudonym);
  const erasure: Erasure = {
    pseudonym,
    role: participant.role,
    status: participant.status,
    ...(participant.confirmation === "unconfirmed" ? { unconfirmed: true as const } : {}),
    ...categoriesOf(participant),
    ...(participant.cohortId ? { cohortId: participant.cohortId } : {}),
    erasedAt: at,
    erasedBy,
    relationships: count,
    certificatesRevoked,
  };
  if (await deps.store.eraseParticipant(participant, erasure))
    return { alreadyErased: false, erasure };
  // Erased by a concurrent request meanwhile: its record stands.
  const first = await deps.store.getErasure(pseudonym);
  return { alreadyErased: true, erasure: first ?? erasure };
}

/** The categories the anonymous figures count; mentees only. */
function categoriesOf(participant: Participant) {
  const { application } = participant;
  return application.role === "mentee"
    ? { institutionType: application.institutionType, roleCategory: application.roleCategory }
    : {};
}
