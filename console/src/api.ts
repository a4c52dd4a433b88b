/**
 * The console API (the same routes on API Gateway and on the local server), with the
 * coordinator's token from sessionStorage. A 401 or 403 ends the session: the app goes
 * back to the sign-in page.
 */

const TOKEN_KEY = "console.token";

export type Phase = "consent" | "planning" | "learning" | "closure" | "closed";
export type Health = "on_track" | "at_risk" | "stalled" | "paused";
export type Decision = "continue" | "extend" | "replan" | "rematch" | "pause" | "close";
export const PHASES: readonly Phase[] = ["consent", "planning", "learning", "closure", "closed"];
export const HEALTHS: readonly Health[] = ["on_track", "at_risk", "stalled", "paused"];
export const FORMATS = ["individual", "group", "team", "reverse", "on_demand"] as const;
export const DECISIONS: readonly Decision[] = [
  "continue",
  "extend",
  "replan",
  "rematch",
  "pause",
  "close",
];

export interface Localized {
  lv: string;
  en: string;
}

export interface Participant {
  participantId: string;
  role: "mentee" | "mentor";
  name: string;
  email: string;
  language: "lv" | "en";
  status: string;
  reasons: string[];
  appliedAt: string;
  capacity?: number;
  activeMentees?: number;
  placement?: { proposalId: string; relationshipId: string; mentorId: string };
  /** Mentees only: where they work and their role category, with labels in both languages. */
  institutionType?: { code: string; label: { lv: string; en: string } };
  roleCategory?: { code: string; label: { lv: string; en: string } };
}

/** A form reminded about and still not answered (GET /api/console/forms/overdue). */
export interface OverdueForm {
  formId: string;
  kind: string;
  relationshipId: string;
  participantId: string;
  participantName?: string;
  createdAt: string;
  expiresAt: string;
  reminders: number;
}

export interface RelationshipSummary {
  relationshipId: string;
  format: string;
  phase: Phase;
  state: string;
  health: Health;
  participants: { mentorId: string; menteeIds: string[] };
  cycle: number;
  sessionCount: number;
  nextDueAt: string | null;
  openEscalationId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEvent {
  at: string;
  key: string;
  type: string;
  actor: string;
  detail: Record<string, unknown>;
}

export interface RelationshipDetail extends RelationshipSummary {
  candidates: string[];
  closeReason: string | null;
  closedAt: string | null;
  pausedUntil: string | null;
  goals: {
    key: string;
    title: string;
    measure: string;
    progress: { session: number; participantId: string; percent: number }[];
  }[];
  sessions: {
    number: number;
    startsAt: string;
    endsAt: string;
    held: "yes" | "no" | null;
    cancelled?: boolean;
  }[];
  ratings: {
    session: number;
    participantId: string;
    held: "yes" | "no";
    valueRating: number;
    ideasRating: number;
    safetyRating: number;
    shared: boolean;
    submittedAt: string;
    text?: Record<string, string | undefined>;
  }[];
  timeline: TimelineEvent[];
}

/** The state machine drawn for one relationship: states, transitions, where it has been. */
export interface WorkflowGraph {
  nodes: { id: string; stage: string; type: string; label: string; parent?: string }[];
  edges: { from: string; to: string; kind: "next" | "choice" | "default" | "catch" }[];
  visited: string[];
  current: string | null;
  status: string | null;
}

export interface Escalation {
  escalationId: string;
  relationshipId: string;
  reason: string;
  severity: "medium" | "high";
  evidence: { reason: string; detail: Record<string, unknown> }[];
  phase: Phase;
  cycle: number;
  status: "open" | "decided";
  openedAt: string;
  decision?: Decision;
  note?: string;
  pauseUntil?: string;
  decidedBy?: string;
  decidedAt?: string;
}

export interface CriterionScore {
  criterion: string;
  weight: number;
  value: number;
  points: number;
  detail: Localized;
}

export interface Proposal {
  proposalId: string;
  runId: string;
  format: string;
  mentorId: string;
  menteeIds: string[];
  teamName?: string;
  score: number;
  explanation: { menteeId: string; score: number; explanation: { criteria: CriterionScore[] } }[];
  alternatives: { mentorId: string; score: number; remainingCapacity: number }[];
  status: "proposed" | "approved";
  changes: { fromMentorId: string; toMentorId: string; reason: string; changedAt: string }[];
  relationshipId?: string;
}

export interface MatchingRun {
  runId: string;
  createdAt: string;
  quality: {
    menteesInPool: number;
    mentorsInPool: number;
    placed: number;
    unplaced: number;
    gapToUpperBound: number;
    shareWithTop3Mentor: number;
  };
  proposals: Proposal[];
  unplaced: { menteeId: string; reason: string; message: Localized }[];
}

export interface Mail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  links: string[];
  sentAt: string;
}

export interface ClockSnapshot {
  now: string;
  speed: number;
}

/** The API's JSON error: `{error, message, issues}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null) {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Without storage the token lives only as long as this page.
  }
}

type Listener = () => void;
const signedOutListeners = new Set<Listener>();
/** Called when the API refuses the token (401 or 403). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

async function request<T>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  token = getToken(),
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { error?: string; message?: string };
    if ((response.status === 401 || response.status === 403) && path.startsWith("/api/console/")) {
      setToken(null);
      for (const listener of signedOutListeners) listener();
    }
    throw new ApiError(
      response.status,
      problem.error ?? "http_error",
      problem.message ?? `${response.status} ${response.statusText}`,
    );
  }
  return json as T;
}

export const api = {
  /** Checks a token without keeping it (the sign-in page). */
  async verify(token: string): Promise<boolean> {
    const response = await fetch("/api/console/relationships", {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    });
    return response.ok;
  },
  participants: () => request<{ items: Participant[] }>("GET", "/api/console/participants"),
  overdueForms: () => request<{ items: OverdueForm[] }>("GET", "/api/console/forms/overdue"),
  relationships: () =>
    request<{ items: RelationshipSummary[] }>("GET", "/api/console/relationships"),
  relationship: (id: string) =>
    request<RelationshipDetail>("GET", `/api/console/relationships/${encodeURIComponent(id)}`),
  workflowGraph: (id: string) =>
    request<WorkflowGraph>("GET", `/api/console/relationships/${encodeURIComponent(id)}/graph`),
  escalations: (status?: "open" | "decided") =>
    request<{ items: Escalation[] }>(
      "GET",
      `/api/console/escalations${status ? `?status=${status}` : ""}`,
    ),
  decide: (id: string, body: { decision: Decision; note?: string; until?: string }) =>
    request<{ escalation: Escalation; resumed: boolean }>(
      "POST",
      `/api/console/escalations/${encodeURIComponent(id)}/decision`,
      body,
    ),
  runMatching: () => request<MatchingRun>("POST", "/api/console/matching-runs", {}),
  matchingRun: (runId: string) =>
    request<MatchingRun>("GET", `/api/console/matching-runs/${encodeURIComponent(runId)}`),
  approve: (proposalId: string) =>
    request<{ relationshipId: string; proposal: Proposal }>(
      "POST",
      `/api/console/proposals/${encodeURIComponent(proposalId)}/approve`,
    ),
  swapMentor: (proposalId: string, mentorId: string, reason: string) =>
    request<Proposal>("POST", `/api/console/proposals/${encodeURIComponent(proposalId)}/mentor`, {
      mentorId,
      reason,
    }),
  /** The local runtime only; undefined where it does not answer (on AWS). */
  async localClock(): Promise<ClockSnapshot | undefined> {
    try {
      const response = await fetch("/local/clock", { headers: { accept: "application/json" } });
      if (!response.ok) return undefined;
      return (await response.json()) as ClockSnapshot;
    } catch {
      return undefined;
    }
  },
  advanceClock: (advance: string) => request<ClockSnapshot>("POST", "/local/clock", { advance }),
  localMail: () => request<{ items: Mail[] }>("GET", "/local/mail"),
};
