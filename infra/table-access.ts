import { LINK_REQUEST_DIGEST } from "../shared/domain/workflow/link-request-digest.js";
import { keys } from "../shared/table/table-definition.js";
import type { StepId } from "../workflows/relationship/relationship-steps.js";

/**
 * Which items each function without a coordinator behind it may touch: the public routes
 * (anyone on the internet reaches them) and the workflow steps. DataConstruct.grantItems
 * turns a TableAccess into IAM statements with `dynamodb:LeadingKeys` conditions, so a bug
 * or an injection in, say, the certificate page cannot read a reflection or an application.
 * The coordinator routes keep the whole table (the console shows all of it, behind Cognito
 * with MFA), and so do the SES event handler and the hourly schedules, which list GSI1.
 */

/** The partition key prefix of a key: `PARTICIPANT#p_1` -> `PARTICIPANT#`. */
export const familyPrefix = (pk: string): string => pk.slice(0, pk.indexOf("#") + 1);

const ANY = "x";
/** The item families of the table by their partition key prefix, built by its own key functions. */
export const ITEM_FAMILIES = {
  participant: familyPrefix(keys.participantProfile(ANY).pk),
  address: familyPrefix(keys.emailLock(ANY).pk),
  matchingRun: familyPrefix(keys.matchingRun(ANY).pk),
  relationship: familyPrefix(keys.relationship(ANY).pk),
  form: familyPrefix(keys.form(ANY).pk),
  escalation: familyPrefix(keys.escalation(ANY).pk),
  linkRequest: familyPrefix(keys.linkRequest(ANY).pk),
  mail: familyPrefix(keys.mail(ANY).pk),
  counter: familyPrefix(keys.requestCounter(ANY).pk),
  digest: familyPrefix(keys.digestSlot(ANY, ANY).pk),
  certificate: familyPrefix(keys.certificate(ANY).pk),
  erasure: familyPrefix(keys.erasure(ANY).pk),
  cohort: familyPrefix(keys.cohort(ANY).pk),
  waitingList: familyPrefix(keys.waitingListLink(ANY).pk),
} as const;
export type ItemFamily = keyof typeof ITEM_FAMILIES;

/** GSI1 listings a narrowed function may query, by their exact partition. */
export const LISTINGS = {
  unsentLinkRequestDigests: keys.unsentDigests(LINK_REQUEST_DIGEST).gsi1pk,
  /** Intake finds the cohort whose intake is open. */
  cohorts: keys.cohorts().gsi1pk,
  // The cohort workflow counts its round's people, relationships, matching runs and forms.
  mentees: keys.participantsByRole("mentee").gsi1pk,
  mentors: keys.participantsByRole("mentor").gsi1pk,
  relationships: keys.relationships().gsi1pk,
  matchingRuns: keys.matchingRuns().gsi1pk,
  openForms: keys.openForms().gsi1pk,
  openEscalations: keys.escalations("open").gsi1pk,
  /** Announcing an intake writes to everyone on the waiting list. */
  waitingList: keys.waitingList().gsi1pk,
  /** The funder's report counts erased applicants without their data. */
  erasures: keys.erasures().gsi1pk,
} as const;
export type Listing = keyof typeof LISTINGS;

export interface TableAccess {
  /** GetItem and Query in these families. */
  read: readonly ItemFamily[];
  /** PutItem, UpdateItem, DeleteItem, BatchWriteItem (and transactions of them) in these. */
  write: readonly ItemFamily[];
  /** Query on GSI1 for these listings only. */
  lists: readonly Listing[];
}

const unique = <T>(values: T[]) => [...new Set(values)].sort();
/** The union of several accesses. */
export const access = (...parts: Partial<TableAccess>[]): TableAccess => ({
  read: unique(parts.flatMap((part) => part.read ?? [])),
  write: unique(parts.flatMap((part) => part.write ?? [])),
  lists: unique(parts.flatMap((part) => part.lists ?? [])),
});
const reads = (...read: ItemFamily[]): Partial<TableAccess> => ({ read });
/** Read and write: conditional writes and their returned values read the item too. */
const owns = (...families: ItemFamily[]): Partial<TableAccess> => ({
  read: families,
  write: families,
});

/** Every mailer: the suppression list (SuppressingMailer) and the outbox's claim and release. */
export const SENDS_MAIL = access(reads("address"), owns("mail"));
/** Every public POST: its client's request counter (limit-clients.ts). */
export const COUNTS_REQUESTS = access(owns("counter"));
/**
 * Opening a form link: the form, its relationship, the people its page names, and its
 * cohort (a plan must end by the round's planned end).
 */
const OPENS_FORM_LINKS = reads("form", "relationship", "participant", "cohort");
/** Which cohort's intake is open (an application joins it). */
const FINDS_COHORTS = access(reads("cohort"), { lists: ["cohorts"] });
/**
 * The waiting list: the entry in its address's partition and the record its leave link
 * finds by the entry's id (never the GSI1 listing of every entry).
 */
const KEEPS_WAITING_LIST = owns("address", "waitingList");
/** Intake: the profile, the answers and the e-mail lock, in one transaction. */
const KEEPS_APPLICATIONS = access(owns("participant", "address"), FINDS_COHORTS);

/** The public routes with table access, by route id (infra/routes.ts). */
export const ROUTE_TABLE_ACCESS: Readonly<Record<string, TableAccess>> = {
  // A known form's request goes on its relationship's timeline; an unknown one into the
  // hour's digest, which the first request of an hour may also send.
  RequestNewLink: access(
    COUNTS_REQUESTS,
    OPENS_FORM_LINKS,
    owns("linkRequest", "digest", "relationship"),
    { lists: ["unsentLinkRequestDigests"] },
    SENDS_MAIL,
  ),
  // Between intakes the start page and the form offer the waiting list instead.
  ShowHome: access(FINDS_COHORTS),
  ShowApplicationForm: access(FINDS_COHORTS),
  SubmitApplicationForm: access(COUNTS_REQUESTS, KEEPS_APPLICATIONS, SENDS_MAIL),
  CreateApplication: access(COUNTS_REQUESTS, KEEPS_APPLICATIONS, SENDS_MAIL),
  ShowConfirmation: access(reads("participant")),
  // Joining says when the next intake opens (the cohorts).
  JoinWaitingList: access(COUNTS_REQUESTS, FINDS_COHORTS, KEEPS_WAITING_LIST, SENDS_MAIL),
  ShowLeaveWaitingList: access(reads("waitingList", "address")),
  LeaveWaitingList: access(COUNTS_REQUESTS, KEEPS_WAITING_LIST),
  ConfirmApplication: access(COUNTS_REQUESTS, KEEPS_APPLICATIONS, SENDS_MAIL),
  ShowForm: access(OPENS_FORM_LINKS),
  // Answers are kept under the relationship; the introduction is e-mailed to the mentor; a
  // declined match is kept on both profiles.
  SubmitForm: access(
    COUNTS_REQUESTS,
    OPENS_FORM_LINKS,
    owns("form", "relationship", "participant"),
    SENDS_MAIL,
  ),
  VerifyCertificate: access(reads("certificate")),
  // A cohort form link names its round and person: the page reads both and the earlier
  // answer (kept under the round's partition).
  ShowCohortForm: access(reads("cohort", "participant")),
  // The answer is kept under `COHORT#<id>` (ANSWER#...). LeadingKeys cannot tell the sort
  // keys of one partition apart, so this grant could write the round's item too; the
  // handler only calls putCohortAnswer.
  SubmitCohortForm: access(COUNTS_REQUESTS, reads("participant"), owns("cohort")),
};

/** A step that e-mails its relationship's people reads their profiles (address, language). */
const MAILS_PEOPLE = access(reads("participant"), SENDS_MAIL);
/** A new candidate: the mentors' places move and the old consent forms close. */
const MOVES_CANDIDATES = owns("participant", "form");

/** The cohort workflow reads its round across the table and writes only the cohort's items. */
const READS_ROUND = access(
  reads("participant", "relationship", "matchingRun", "form", "escalation"),
  {
    lists: [
      "cohorts",
      "mentees",
      "mentors",
      "relationships",
      "matchingRuns",
      "openForms",
      "openEscalations",
    ],
  },
);
const COHORT_STEP_ACCESS = {
  LoadCohort: access(reads("cohort")),
  // The waiting list (announcements, "not this round"), the round's forms and its report.
  CohortTask: access(owns("cohort", "address", "waitingList"), READS_ROUND, SENDS_MAIL, {
    lists: ["waitingList", "erasures"],
  }),
  AwaitCohortDecision: access(owns("cohort"), READS_ROUND, SENDS_MAIL),
} as const;

/** Each workflow step's items (workflows/relationship/relationship-steps.ts). */
export const STEP_TABLE_ACCESS: Readonly<Record<StepId, TableAccess>> = {
  LoadRelationship: access(owns("relationship")),
  RequestForm: access(owns("relationship", "form"), MAILS_PEOPLE),
  NextCandidate: access(owns("relationship"), MOVES_CANDIDATES),
  SendWelcome: access(owns("relationship", "form"), MAILS_PEOPLE),
  SendInvites: access(owns("relationship"), MAILS_PEOPLE),
  SendReminder: access(owns("relationship"), MAILS_PEOPLE),
  EvaluateCycle: access(owns("relationship")),
  OpenEscalation: access(owns("relationship", "escalation"), SENDS_MAIL),
  // A rematch moves to the next candidate inside this step.
  ApplyDecision: access(owns("relationship"), reads("escalation"), MOVES_CANDIDATES),
  CloseRelationship: access(owns("relationship", "form", "participant"), MAILS_PEOPLE),
  HandOverCertificates: access(owns("relationship", "certificate"), MAILS_PEOPLE),
  ...COHORT_STEP_ACCESS,
};

/**
 * A public route's access. Fails the synth for a public route with table access that is
 * not listed: a new route must say what it touches before it can touch anything.
 */
export function routeTableAccess(route: {
  id: string;
  table?: "read" | "readWrite";
}): TableAccess | undefined {
  const found = ROUTE_TABLE_ACCESS[route.id];
  if (!route.table) {
    if (found)
      throw new Error(`route ${route.id} has no table access but is in ROUTE_TABLE_ACCESS`);
    return undefined;
  }
  if (!found)
    throw new Error(`public route ${route.id} needs its item families in infra/table-access.ts`);
  if (route.table === "read" && found.write.length > 0)
    throw new Error(`route ${route.id} only reads the table but is given writes`);
  return found;
}
