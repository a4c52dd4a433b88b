/**
 * The one table, described once. infra/constructs/data-construct.ts turns this into a
 * TableV2 and infra/local/create-table.ts into a CreateTable call for DynamoDB Local, so
 * the two can never drift apart. Plain data only: no AWS imports here.
 */
export interface KeyAttribute {
  name: string;
  type: "S" | "N";
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
  /** Epoch seconds; DynamoDB deletes the item some time after. */
  timeToLiveAttribute: string;
}

export const TABLE: TableDefinition = {
  partitionKey: { name: "pk", type: "S" },
  sortKey: { name: "sk", type: "S" },
  globalSecondaryIndexes: [
    {
      indexName: "GSI1",
      partitionKey: { name: "gsi1pk", type: "S" },
      sortKey: { name: "gsi1sk", type: "S" },
    },
  ],
  timeToLiveAttribute: "expiresAt",
};

/** Key layout of every item kind (DESIGN.md, "Data: one table"). */
export const keys = {
  participantProfile: (participantId: string) => ({
    pk: `PARTICIPANT#${participantId}`,
    sk: "PROFILE",
  }),
  participantApplication: (participantId: string, appliedAt: string) => ({
    pk: `PARTICIPANT#${participantId}`,
    sk: `APPLICATION#${appliedAt}`,
  }),
  emailLock: (email: string) => ({ pk: `EMAIL#${normaliseEmail(email)}`, sk: "EMAIL" }),
  /** An undeliverable address (SES bounce or complaint), beside its e-mail lock. */
  mailSuppression: (email: string) => ({
    pk: `EMAIL#${normaliseEmail(email)}`,
    sk: "SUPPRESSION",
  }),
  /** One bounce or complaint report about the address, by the report's event id. */
  mailFeedback: (email: string, feedbackId: string) => ({
    pk: `EMAIL#${normaliseEmail(email)}`,
    sk: `FEEDBACK#${feedbackId}`,
  }),
  /** The address's waiting-list entry (one per address), beside its e-mail lock. */
  waitingListEntry: (email: string) => ({ pk: `EMAIL#${normaliseEmail(email)}`, sk: "WAITLIST" }),
  /** GSI1 listing of waiting-list entries, oldest first. */
  waitingList: (joinedAt?: string, entryId?: string) => ({
    gsi1pk: "WAITLIST",
    gsi1sk: joinedAt && entryId ? `${joinedAt}#${entryId}` : "",
  }),
  /**
   * What an entry's leave link finds by the entry's id: its address while it is on the list;
   * after it left, a record without the address (so a second click reads "already left").
   */
  waitingListLink: (entryId: string) => ({ pk: `WAITLIST#${entryId}`, sk: "WAITLIST" }),
  matchingRun: (runId: string) => ({ pk: `MATCHRUN#${runId}`, sk: "META" }),
  proposal: (runId: string, proposalId: string) => ({
    pk: `MATCHRUN#${runId}`,
    sk: `PROPOSAL#${proposalId}`,
  }),
  unplaced: (runId: string, menteeId: string) => ({
    pk: `MATCHRUN#${runId}`,
    sk: `UNPLACED#${menteeId}`,
  }),
  /** GSI1 listing of matching runs, oldest first. */
  matchingRuns: (createdAt?: string, runId?: string) => ({
    gsi1pk: "MATCHRUNS",
    gsi1sk: createdAt && runId ? `${createdAt}#${runId}` : "",
  }),
  /** A programme round (cohort): its timetable, targets and stage. */
  cohort: (cohortId: string) => ({ pk: `COHORT#${cohortId}`, sk: "META" }),
  /** GSI1 listing of cohorts by when their intake opens. */
  cohorts: (intakeOpensAt?: string, cohortId?: string) => ({
    gsi1pk: "COHORTS",
    gsi1sk: intakeOpensAt && cohortId ? `${intakeOpensAt}#${cohortId}` : "",
  }),
  /** A participant's answer for the round (seminar attendance, surveys, community questions). */
  cohortAnswer: (cohortId: string, kind: string, participantId: string) => ({
    pk: `COHORT#${cohortId}`,
    sk: `ANSWER#${kind}#${participantId}`,
  }),
  cohortAnswers: (cohortId: string) => ({ pk: `COHORT#${cohortId}`, skPrefix: "ANSWER#" }),
  /** What happened in a cohort's workflow, once per key (a retried step writes it again). */
  cohortEvent: (cohortId: string, key: string) => ({
    pk: `COHORT#${cohortId}`,
    sk: `EVENT#${key}`,
  }),
  cohortEvents: (cohortId: string) => ({ pk: `COHORT#${cohortId}`, skPrefix: "EVENT#" }),
  /** A question the cohort's workflow put to the coordinator, with its waiting task's token. */
  cohortEscalation: (cohortId: string, escalationId: string) => ({
    pk: `COHORT#${cohortId}`,
    sk: `ESCALATION#${escalationId}`,
  }),
  cohortEscalations: (cohortId: string) => ({ pk: `COHORT#${cohortId}`, skPrefix: "ESCALATION#" }),
  relationship: (relationshipId: string) => ({ pk: `REL#${relationshipId}`, sk: "META" }),
  /** GSI1 listing of relationships, oldest first. */
  relationships: (createdAt?: string, relationshipId?: string) => ({
    gsi1pk: "RELATIONSHIPS",
    gsi1sk: createdAt && relationshipId ? `${createdAt}#${relationshipId}` : "",
  }),
  session: (relationshipId: string, n: number) => ({
    pk: `REL#${relationshipId}`,
    sk: `SESSION#${String(n).padStart(3, "0")}`,
  }),
  goal: (relationshipId: string, key: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `GOAL#${key}`,
  }),
  reflection: (relationshipId: string, n: number, participantId: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `REFLECTION#${String(n).padStart(3, "0")}#${participantId}`,
  }),
  checkpoint: (relationshipId: string, n: number, participantId: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `CHECKPOINT#${String(n).padStart(3, "0")}#${participantId}`,
  }),
  closure: (relationshipId: string, participantId: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `CLOSURE#${participantId}`,
  }),
  event: (relationshipId: string, at: string, key: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `EVENT#${at}#${key}`,
  }),
  /** One form per (relationship, step, participant): the pointer makes asking again idempotent. */
  formRequest: (relationshipId: string, stepKey: string, participantId: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `FORMREQ#${stepKey}#${participantId}`,
  }),
  form: (formId: string) => ({ pk: `FORM#${formId}`, sk: "FORM" }),
  escalation: (escalationId: string) => ({ pk: `ESC#${escalationId}`, sk: "ESC" }),
  /**
   * GSI1 listing of forms a workflow waits for, by expiry (sparse: an answered or closed
   * form leaves it), so the console finds overdue ones without a scan.
   */
  openForms: (expiresAt?: string, formId?: string) => ({
    gsi1pk: "FORMS#open",
    gsi1sk: expiresAt && formId ? `${expiresAt}#${formId}` : "",
  }),
  /** A request for a new form link, made from a link problem page. */
  linkRequest: (requestId: string) => ({ pk: `LINKREQ#${requestId}`, sk: "LINKREQ" }),
  /** GSI1 listing of link requests by status, oldest first. */
  linkRequests: (status: "open" | "handled", requestedAt?: string, requestId?: string) => ({
    gsi1pk: `LINKREQUESTS#${status}`,
    gsi1sk: requestedAt && requestId ? `${requestedAt}#${requestId}` : "",
  }),
  /** GSI1 listing of escalations by status, oldest first. */
  escalations: (status: string, openedAt?: string, escalationId?: string) => ({
    gsi1pk: `ESCALATIONS#${status}`,
    gsi1sk: openedAt && escalationId ? `${openedAt}#${escalationId}` : "",
  }),
  mail: (key: string) => ({ pk: `MAIL#${key}`, sk: "MAIL" }),
  /**
   * A request counter of one fixed window: `<budget>#<window seconds>#<window start>#<keyed
   * hash of the client or address>`; it expires (TTL) soon after its window.
   */
  requestCounter: (counterKey: string) => ({ pk: `COUNTER#${counterKey}`, sk: "COUNTER" }),
  /** One slot of an e-mail digest (e.g. the hour's unrecognised link requests). */
  digestSlot: (digest: string, start: string) => ({
    pk: `DIGEST#${digest}`,
    sk: `SLOT#${start}`,
  }),
  /** GSI1 listing of a digest's slots not sent yet, by when they are due (sparse). */
  unsentDigests: (digest: string, dueAt?: string, start?: string) => ({
    gsi1pk: `DIGESTS#${digest}#unsent`,
    gsi1sk: dueAt && start ? `${dueAt}#${start}` : "",
  }),
  /** A certificate, looked up by its id alone (the public verification page). */
  certificate: (certificateId: string) => ({ pk: `CERT#${certificateId}`, sk: "CERT" }),
  /** One certificate per (relationship, participant): the pointer makes issuing idempotent. */
  certificateIssue: (relationshipId: string, participantId: string) => ({
    pk: `REL#${relationshipId}`,
    sk: `CERTIFICATE#${participantId}`,
  }),
  /** The record of a participant's erasure, under their pseudonym (GDPR). */
  erasure: (pseudonym: string) => ({ pk: `ERASURE#${pseudonym}`, sk: "ERASURE" }),
  /** GSI1 listing of erasures, oldest first. */
  erasures: (erasedAt?: string, pseudonym?: string) => ({
    gsi1pk: "ERASURES",
    gsi1sk: erasedAt && pseudonym ? `${erasedAt}#${pseudonym}` : "",
  }),
  /** GSI1 listing of participants by role, newest last. */
  participantsByRole: (role: string, appliedAt?: string, participantId?: string) => ({
    gsi1pk: `PARTICIPANTS#${role}`,
    gsi1sk: appliedAt && participantId ? `${appliedAt}#${participantId}` : "",
  }),
  // Prefixes for queries: a partition (`skPrefix` ""), or the items in it of one kind. Each
  // matches the keys above, so a query reads exactly the items those keys write.
  /** Everything a participant has: the profile and the application answers. */
  participantPartition: (participantId: string) => ({
    pk: `PARTICIPANT#${participantId}`,
    skPrefix: "",
  }),
  /** Everything about an address: the e-mail lock, the suppression and the reports. */
  addressPartition: (email: string) => ({ pk: `EMAIL#${normaliseEmail(email)}`, skPrefix: "" }),
  /** A matching run's meta item, proposals and unplaced mentees. */
  matchingRunPartition: (runId: string) => ({ pk: `MATCHRUN#${runId}`, skPrefix: "" }),
  proposalsOf: (runId: string) => ({ pk: `MATCHRUN#${runId}`, skPrefix: "PROPOSAL#" }),
  unplacedOf: (runId: string) => ({ pk: `MATCHRUN#${runId}`, skPrefix: "UNPLACED#" }),
  /** A relationship's meta item and all its history. */
  relationshipPartition: (relationshipId: string) => ({
    pk: `REL#${relationshipId}`,
    skPrefix: "",
  }),
  sessionsOf: (relationshipId: string) => ({ pk: `REL#${relationshipId}`, skPrefix: "SESSION#" }),
  goalsOf: (relationshipId: string) => ({ pk: `REL#${relationshipId}`, skPrefix: "GOAL#" }),
  reflectionsOf: (relationshipId: string) => ({
    pk: `REL#${relationshipId}`,
    skPrefix: "REFLECTION#",
  }),
  checkpointsOf: (relationshipId: string) => ({
    pk: `REL#${relationshipId}`,
    skPrefix: "CHECKPOINT#",
  }),
  closuresOf: (relationshipId: string) => ({ pk: `REL#${relationshipId}`, skPrefix: "CLOSURE#" }),
  eventsOf: (relationshipId: string) => ({ pk: `REL#${relationshipId}`, skPrefix: "EVENT#" }),
  /** A relationship's form pointers, or only those of one step. */
  formRequestsOf: (relationshipId: string, stepKey?: string) => ({
    pk: `REL#${relationshipId}`,
    skPrefix: stepKey ? `FORMREQ#${stepKey}#` : "FORMREQ#",
  }),
  certificateIssuesOf: (relationshipId: string) => ({
    pk: `REL#${relationshipId}`,
    skPrefix: "CERTIFICATE#",
  }),
} as const;

/** E-mail addresses compare case-insensitively for the one-application rule. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
