/**
 * The console API (the same routes on API Gateway and on the local server), with the
 * coordinator's token from sessionStorage. A 401 or 403 ends the session: the app goes
 * back to the sign-in page.
 */

import type { IneligibilityCode } from "@shared/domain/check-eligibility.js";
import type { CohortView } from "@shared/domain/cohorts/view-cohorts.js";
import type {
  RelationshipAction,
  RelationshipActionName,
} from "@shared/domain/workflow/act-on-relationship.js";
import type { OverdueForm } from "@shared/domain/workflow/list-overdue-forms.js";
import type { WorkflowGraphView } from "@shared/domain/workflow/workflow-graph.js";
import type { Localized } from "@shared/i18n/localized.js";
import type { TimelineEvent } from "@shared/ports/workflow-store.js";
import type { CohortInput, CohortPatch } from "@shared/schemas/cohort.js";
import type {
  Proposal,
  MatchingRun as StoredMatchingRun,
  Unplaced,
} from "@shared/schemas/matching.js";
import type { MatchingRunSummary } from "@shared/schemas/matching-run-summary.js";
import type {
  Confirmation,
  Participant as StoredParticipant,
} from "@shared/schemas/participant.js";
import type {
  Decision,
  Escalation,
  FormKind,
  Goal,
  Health,
  Phase,
  Reflection,
  Relationship,
  Session,
} from "@shared/schemas/workflow.js";

// The domain's types, for the pages (type-only: none of shared/'s schemas reach the bundle).
export type {
  CriterionScore,
  Proposal,
} from "@shared/schemas/matching.js";
export type {
  Decision,
  Escalation,
  Health,
  Localized,
  OverdueForm,
  Phase,
  RelationshipAction,
  RelationshipActionName,
  TimelineEvent,
};

const TOKEN_KEY = "console.token";

/** A reference code with its labels (institution type, role category). */
interface Labelled {
  code: string;
  label: Localized;
}

/** GET /api/console/participants: a participant without the application, with its categories. */
export type Participant = Pick<
  StoredParticipant,
  | "participantId"
  | "role"
  | "name"
  | "email"
  | "language"
  | "status"
  | "appliedAt"
  | "confirmBy"
  | "placement"
  | "activeMentees"
> & {
  reasons: IneligibilityCode[];
  /** The cohort the application joined (applications made during its intake). */
  cohortId?: string;
  /** Unconfirmed: the applicant has not opened the e-mail's link yet (until `confirmBy`). */
  confirmation: Confirmation;
  /** Mentors only: how many mentees they take. */
  capacity?: number;
  /** Mentees only: where they work and their role category, with labels in both languages. */
  institutionType?: Labelled;
  roleCategory?: Labelled;
};

/** A relationship as the console lists it (shared/domain/workflow/view-relationships.ts). */
export type RelationshipSummary = Pick<
  Relationship,
  | "relationshipId"
  | "format"
  | "phase"
  | "state"
  | "health"
  | "cycle"
  | "sessionCount"
  | "createdAt"
  | "updatedAt"
> & {
  participants: Pick<Relationship, "mentorId" | "menteeIds">;
  nextDueAt: string | null;
  openEscalationId: string | null;
  /** The cohort whose matching started it. */
  cohortId?: string;
};

type Rating = Pick<
  Reflection,
  | "session"
  | "participantId"
  | "held"
  | "valueRating"
  | "ideasRating"
  | "safetyRating"
  | "notHeldReason"
  | "proposedDate"
  | "submittedAt"
> & {
  shared: boolean;
  /** Only where the author shared it with the coordinator. */
  text?: Record<string, string | undefined>;
};

/** One relationship with its plan, sessions, ratings and timeline. */
export type RelationshipDetail = RelationshipSummary & {
  candidates: string[];
  closeReason: string | null;
  closedAt: string | null;
  pausedUntil: string | null;
  goals: (Pick<Goal, "key" | "title" | "measure"> & {
    progress: { session: number; participantId: string; percent: number }[];
  })[];
  sessions: (Pick<Session, "number" | "startsAt" | "endsAt" | "cancelled"> & {
    held: Session["held"] | null;
  })[];
  ratings: Rating[];
  timeline: TimelineEvent[];
  /** What the coordinator may do now (POST .../actions). */
  actions: RelationshipActionName[];
  /** Forms the workflow still waits for, each of which can be resent. */
  openForms: {
    formId: string;
    kind: FormKind;
    participantId: string;
    sentAt: string;
    expiresAt: string;
  }[];
};

/** The state machine drawn for one relationship: states, transitions, where it has been. */
export type WorkflowGraph = WorkflowGraphView;

/** A run with its proposals and the mentees it could not place. */
export type MatchingRun = StoredMatchingRun & { proposals: Proposal[]; unplaced: Unplaced[] };

/** GET /api/console/matching-runs: one kept run in figures, newest first. */
export type { MatchingRunSummary } from "@shared/schemas/matching-run-summary.js";

/** An e-mail the local SES stand-in accepted (GET /local/mail, local runtime only). */
export interface Mail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  links: string[];
  sentAt: string;
}

/** The local runtime's clock (GET /local/clock). */
export interface ClockSnapshot {
  now: string;
  speed: number;
}

/** A cohort with its stage now, whether it is current, and its counts (GET /api/console/cohorts). */
export type { CohortInput, CohortPatch, CohortView };

/** One problem of a 400, on the field its path names ("seminar.at"). */
export interface ApiIssue {
  path: string;
  message: string;
  code: string;
}

/** The API's JSON error: `{error, message, issues}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldIssues: ApiIssue[] = [],
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

const JSON_ACCEPT = { accept: "application/json" };

/**
 * One call of the console API (also data-api.ts): the coordinator's token as the bearer,
 * a body as JSON, and the given headers; the response as it came.
 */
export function send(
  method: "GET" | "POST" | "PATCH",
  path: string,
  {
    body,
    headers,
    token = getToken(),
  }: { body?: unknown; headers?: Record<string, string>; token?: string | null } = {},
): Promise<Response> {
  const all: Record<string, string> = { ...headers };
  if (token) all.authorization = `Bearer ${token}`;
  if (body !== undefined) all["content-type"] = "application/json";
  return fetch(path, {
    method,
    headers: all,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A JSON call (also cohort-api.ts): the answer parsed, an error as ApiError with its issues. */
export async function request<T>(
  method: "GET" | "POST" | "PATCH",
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await send(method, path, { body, headers: JSON_ACCEPT });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { error?: string; message?: string; issues?: ApiIssue[] };
    if ((response.status === 401 || response.status === 403) && path.startsWith("/api/console/")) {
      setToken(null);
      for (const listener of signedOutListeners) listener();
    }
    throw new ApiError(
      response.status,
      problem.error ?? "http_error",
      problem.message ?? `${response.status} ${response.statusText}`,
      Array.isArray(problem.issues) ? problem.issues : [],
    );
  }
  return json as T;
}

export const api = {
  /** Checks a token without keeping it (the sign-in page). */
  async verify(token: string): Promise<boolean> {
    const response = await send("GET", "/api/console/relationships", {
      headers: JSON_ACCEPT,
      token,
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
  act: (id: string, body: RelationshipAction) =>
    request<{ relationshipId: string; action: RelationshipActionName; restarted: boolean }>(
      "POST",
      `/api/console/relationships/${encodeURIComponent(id)}/actions`,
      body,
    ),
  decide: (id: string, body: { decision: Decision; note?: string; until?: string }) =>
    request<{ escalation: Escalation; resumed: boolean }>(
      "POST",
      `/api/console/escalations/${encodeURIComponent(id)}/decision`,
      body,
    ),
  /** Matches the whole pool, or one cohort's (its mentees, and mentors with places left). */
  runMatching: (cohortId?: string) =>
    request<MatchingRun>("POST", "/api/console/matching-runs", cohortId ? { cohortId } : {}),
  matchingRuns: () => request<{ items: MatchingRunSummary[] }>("GET", "/api/console/matching-runs"),
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
  cohorts: () => request<{ items: CohortView[] }>("GET", "/api/console/cohorts"),
  cohort: (id: string) =>
    request<CohortView>("GET", `/api/console/cohorts/${encodeURIComponent(id)}`),
  createCohort: (body: CohortInput) => request<CohortView>("POST", "/api/console/cohorts", body),
  updateCohort: (id: string, body: CohortPatch) =>
    request<CohortView>("PATCH", `/api/console/cohorts/${encodeURIComponent(id)}`, body),
  /** The local runtime only; undefined where it does not answer (on AWS). */
  async localClock(): Promise<ClockSnapshot | undefined> {
    try {
      const response = await send("GET", "/local/clock", { headers: JSON_ACCEPT });
      if (!response.ok) return undefined;
      return (await response.json()) as ClockSnapshot;
    } catch {
      return undefined;
    }
  },
  advanceClock: (advance: string) => request<ClockSnapshot>("POST", "/local/clock", { advance }),
  localMail: () => request<{ items: Mail[] }>("GET", "/local/mail"),
};
