import type { MenteeApplication, MentorApplication } from "../../schemas/application.js";
import type { Participant } from "../../schemas/participant.js";
import type { Relationship } from "../../schemas/workflow.js";
import { isMentor } from "../create-matching-run.js";
import { formatConflict, pairConflict } from "../matching/check-pair.js";
import { menteeFeatures, mentorFeatures } from "../matching/pool-features.js";
import { participantOf, record, relationshipOf, type WorkflowDeps } from "./workflow-deps.js";

export interface CandidateResult {
  found: boolean;
  next: "consent" | "escalate";
  reason?: "no_candidate_left";
}

/**
 * A decline, or no answer in time, moves the relationship to the next mentor of the
 * proposal's ranked list who still fits every hard rule and has room; the old consent
 * forms close. None left: the coordinator decides.
 */
export async function moveToNextCandidate(
  deps: WorkflowDeps,
  relationshipId: string,
  why: string,
): Promise<CandidateResult> {
  const relationship = await relationshipOf(deps, relationshipId);
  await deps.workflowStore.closeForms(relationshipId, `consent#${relationship.consentRound}`);
  const mentees = await Promise.all(relationship.menteeIds.map((id) => participantOf(deps, id)));
  const remaining = [...relationship.candidates];
  while (remaining.length > 0) {
    const candidateId = remaining.shift() as string;
    const candidate = await deps.store.getParticipant(candidateId);
    if (candidate?.status !== "eligible" || !isMentor(candidate)) continue;
    if (!fitsEveryone(relationship, candidate, mentees)) continue;
    const moved = await deps.store.reassignMentor({
      menteeIds: relationship.menteeIds,
      fromMentorId: relationship.mentorId,
      toMentorId: candidateId,
      toCapacity: candidate.application.capacity,
    });
    if (!moved) continue;
    await deps.workflowStore.updateRelationship(relationshipId, {
      mentorId: candidateId,
      candidates: remaining,
      people: {
        ...relationship.people,
        [candidateId]: {
          name: candidate.name,
          email: candidate.email,
          language: candidate.language,
        },
      },
      consentRound: relationship.consentRound + 1,
      phase: "consent",
      updatedAt: deps.clock.now().toISOString(),
    });
    await record(
      deps,
      relationshipId,
      `candidate-${relationship.consentRound + 1}`,
      "mentor_changed",
      "workflow",
      {
        from: relationship.mentorId,
        to: candidateId,
        because: why,
      },
    );
    return { found: true, next: "consent" };
  }
  await deps.workflowStore.updateRelationship(relationshipId, {
    candidates: [],
    updatedAt: deps.clock.now().toISOString(),
  });
  return { found: false, next: "escalate", reason: "no_candidate_left" };
}

/** Every hard rule, a match declined before included, holds for the candidate and each mentee. */
function fitsEveryone(
  relationship: Relationship,
  mentor: Participant & { application: MentorApplication },
  mentees: Participant[],
): boolean {
  const vocabulary = new Map<string, number>();
  const view = mentorFeatures(
    {
      id: mentor.participantId,
      application: mentor.application,
      remainingCapacity: mentor.application.capacity,
      declinedWith: mentor.declinedWith ?? [],
    },
    vocabulary,
  );
  return mentees.every((person) => {
    const mentee = menteeFeatures(
      {
        id: person.participantId,
        application: person.application as MenteeApplication,
        declinedWith: person.declinedWith ?? [],
      },
      vocabulary,
    );
    return !pairConflict(mentee, view) && !formatConflict(mentee, view, relationship.format);
  });
}
