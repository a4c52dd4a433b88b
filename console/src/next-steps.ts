import type { MatchingRun, Participant } from "./api";

/** What a coordinator can do next, most urgent first. */
export type NextStep =
  | { kind: "decide"; count: number }
  | { kind: "approve"; count: number }
  | { kind: "match"; count: number }
  | { kind: "noMentorRoom"; count: number }
  | { kind: "shareForm" }
  | { kind: "nothing" };

const isMatchable = (p: Participant) => p.status === "eligible" && p.confirmation === "confirmed";

/**
 * The programme's next steps from its state: open escalations wait for a decision, the latest
 * run's open proposals for approval, confirmed eligible mentees (not placed, not in an open
 * proposal) for matching, or, before anyone applied, the application form wants sharing.
 */
export function nextSteps(input: {
  participants: Participant[];
  latestRun: MatchingRun | undefined;
  openEscalations: number;
}): NextStep[] {
  const steps: NextStep[] = [];
  if (input.openEscalations > 0) steps.push({ kind: "decide", count: input.openEscalations });
  const open = (input.latestRun?.proposals ?? []).filter((p) => p.status === "proposed");
  if (open.length > 0) steps.push({ kind: "approve", count: open.length });
  const proposed = new Set(open.flatMap((p) => p.menteeIds));
  const waiting = input.participants.filter(
    (p) => p.role === "mentee" && isMatchable(p) && !p.placement && !proposed.has(p.participantId),
  ).length;
  const room = input.participants
    .filter((p) => p.role === "mentor" && isMatchable(p))
    .reduce((sum, p) => sum + Math.max(0, (p.capacity ?? 0) - (p.activeMentees ?? 0)), 0);
  if (waiting > 0) steps.push({ kind: room > 0 ? "match" : "noMentorRoom", count: waiting });
  if (input.participants.length === 0) steps.push({ kind: "shareForm" });
  return steps.length > 0 ? steps : [{ kind: "nothing" }];
}
