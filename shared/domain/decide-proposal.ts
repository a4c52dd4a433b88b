import { type Localized, localized } from "../i18n/localized.js";
import type { Workflow } from "../ports/workflow.js";
import type { MentorApplication } from "../schemas/application.js";
import type { Proposal } from "../schemas/matching.js";
import { isConfirmed, type Participant } from "../schemas/participant.js";
import type { Relationship } from "../schemas/workflow.js";
import type { MatchingDeps } from "./create-matching-run.js";

export interface ApprovalDeps extends MatchingDeps {
  workflow: Workflow;
}

import { ConflictError, NotFoundError, ValidationError } from "./errors.js";
import {
  CONFLICT_LABELS,
  formatConflict,
  GROUP_SIZE,
  pairConflict,
} from "./matching/check-pair.js";
import { menteeFeatures, mentorFeatures } from "./matching/pool-features.js";
import { DEFAULT_WEIGHTS, explainPair, toScore } from "./matching/score-pair.js";

async function openProposal(deps: MatchingDeps, proposalId: string): Promise<Proposal> {
  const proposal = await deps.store.getProposal(proposalId);
  if (!proposal) throw new NotFoundError(`no proposal ${proposalId}`);
  if (proposal.status !== "proposed") {
    throw new ConflictError("proposal_not_open", `the proposal is already ${proposal.status}`);
  }
  return proposal;
}

async function mentorOf(deps: MatchingDeps, mentorId: string) {
  const mentor = await deps.store.getParticipant(mentorId);
  if (mentor?.application.role !== "mentor") return undefined;
  return mentor as Participant & { application: MentorApplication };
}

/**
 * Approves a proposal: the relationship is created and the places are taken atomically
 * (a mentee placed meanwhile, or a mentor filled meanwhile, makes it a 409); then its
 * workflow starts. Starting is idempotent, so a repeated approval restarts nothing but
 * does make sure an approved relationship is running.
 */
export async function approveProposal(deps: ApprovalDeps, proposalId: string, coordinator: string) {
  const proposal = await deps.store.getProposal(proposalId);
  if (!proposal) throw new NotFoundError(`no proposal ${proposalId}`);
  if (proposal.status === "approved" && proposal.relationshipId) {
    await deps.workflow.start(proposal.relationshipId, { relationshipId: proposal.relationshipId });
    throw new ConflictError("proposal_not_open", "the proposal is already approved");
  }
  const mentor = await mentorOf(deps, proposal.mentorId);
  if (!mentor) throw new NotFoundError(`no mentor ${proposal.mentorId}`);
  const now = deps.clock.now().toISOString();
  const relationshipId = deps.ids.next("rel");
  const people: Relationship["people"] = {
    [mentor.participantId]: { name: mentor.name, email: mentor.email, language: mentor.language },
  };
  let cohortId: string | undefined;
  for (const menteeId of proposal.menteeIds) {
    const mentee = await deps.store.getParticipant(menteeId);
    if (!mentee) throw new NotFoundError(`no mentee ${menteeId}`);
    people[menteeId] = { name: mentee.name, email: mentee.email, language: mentee.language };
    // The relationship belongs to the round its mentees applied in.
    cohortId ??= mentee.cohortId;
  }
  const relationship: Relationship = {
    relationshipId,
    proposalId: proposal.proposalId,
    runId: proposal.runId,
    ...(cohortId ? { cohortId } : {}),
    format: proposal.format,
    mentorId: proposal.mentorId,
    menteeIds: proposal.menteeIds,
    candidates: proposal.alternatives.map((alternative) => alternative.mentorId),
    people,
    phase: "consent",
    state: "approved",
    health: "on_track",
    cycle: 0,
    sessionCount: 0,
    turns: 0,
    execution: 1,
    acknowledged: [],
    consentRound: 1,
    planRound: 1,
    createdAt: now,
    updatedAt: now,
  };
  const approved = await deps.store.approveProposal(proposal, {
    relationshipId,
    approvedAt: now,
    approvedBy: coordinator,
    mentorCapacity: mentor.application.capacity,
    relationship,
  });
  await deps.workflow.start(relationshipId, { relationshipId });
  return approved;
}

const CHANGE_PROBLEMS: Record<string, Localized> = {
  not_a_mentor: localized(
    "Šis dalībnieks nav apstiprināts mentors.",
    "This participant is not an eligible mentor.",
  ),
  same_mentor: localized(
    "Priekšlikumā jau ir šis mentors.",
    "The proposal already names this mentor.",
  ),
  no_room: localized("Mentoram nav brīvu vietu.", "The mentor has no room left."),
};

/**
 * A coordinator puts another mentor on a proposal. The hard rules still hold (language,
 * format, conflict of interest, capacity); the reason is kept with who changed it.
 */
export async function replaceProposalMentor(
  deps: MatchingDeps,
  proposalId: string,
  change: { mentorId: string; reason: string },
  coordinator: string,
): Promise<Proposal> {
  const proposal = await openProposal(deps, proposalId);
  const refuse = (code: keyof typeof CHANGE_PROBLEMS | string, message?: Localized): never => {
    throw new ValidationError([
      {
        path: "mentorId",
        code,
        message: (message ?? CHANGE_PROBLEMS[code] ?? CHANGE_PROBLEMS.not_a_mentor)?.en ?? code,
      },
    ]);
  };
  if (change.mentorId === proposal.mentorId) refuse("same_mentor");
  const mentor = await mentorOf(deps, change.mentorId);
  if (mentor?.status !== "eligible" || !isConfirmed(mentor)) return refuse("not_a_mentor");

  // Room: approved mentees plus this run's other open proposals for the same mentor.
  const run = await deps.store.getMatchingRun(proposal.runId);
  const promised = (run?.proposals ?? [])
    .filter((p) => p.mentorId === mentor.participantId && p.status === "proposed")
    .reduce((sum, p) => sum + p.menteeIds.length, 0);
  if (
    (mentor.activeMentees ?? 0) + promised + proposal.menteeIds.length >
    mentor.application.capacity
  ) {
    refuse("no_room");
  }
  if (proposal.format === "group" && mentor.application.capacity < GROUP_SIZE.min)
    refuse("no_room");

  const vocabulary = new Map<string, number>();
  const mentorView = mentorFeatures(
    {
      id: mentor.participantId,
      application: mentor.application,
      remainingCapacity: mentor.application.capacity,
      declinedWith: mentor.declinedWith ?? [],
    },
    vocabulary,
  );
  const explanation = [];
  for (const menteeId of proposal.menteeIds) {
    const mentee = await deps.store.getParticipant(menteeId);
    if (mentee?.application.role !== "mentee") throw new NotFoundError(`no mentee ${menteeId}`);
    const menteeView = menteeFeatures(
      { id: menteeId, application: mentee.application, declinedWith: mentee.declinedWith ?? [] },
      vocabulary,
    );
    const conflict =
      pairConflict(menteeView, mentorView) ??
      formatConflict(menteeView, mentorView, proposal.format);
    if (conflict) refuse(conflict, CONFLICT_LABELS[conflict]);
    const fit = explainPair(
      menteeView,
      mentorView,
      proposal.format,
      run?.run.weights ?? DEFAULT_WEIGHTS,
    );
    explanation.push({ menteeId, score: toScore(fit.points), explanation: fit });
  }
  const average =
    explanation.reduce((sum, m) => sum + m.explanation.points, 0) / explanation.length;
  const updated: Proposal = {
    ...proposal,
    mentorId: mentor.participantId,
    score: toScore(Math.round(average)),
    explanation,
    alternatives: proposal.alternatives.filter((a) => a.mentorId !== mentor.participantId),
    changes: [
      ...proposal.changes,
      {
        fromMentorId: proposal.mentorId,
        toMentorId: mentor.participantId,
        reason: change.reason,
        changedBy: coordinator,
        changedAt: deps.clock.now().toISOString(),
      },
    ],
  };
  await deps.store.updateProposal(updated, proposal.mentorId);
  return updated;
}
