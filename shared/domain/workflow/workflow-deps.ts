import type { Language } from "../../i18n/localized.js";
import {
  type MailKind,
  type MailTemplate,
  type MailValues,
  renderMail,
} from "../../mail/workflow-mail.js";
import type { Clock } from "../../ports/clock.js";
import type { Ids } from "../../ports/ids.js";
import type { Mailer, OutgoingMail } from "../../ports/mailer.js";
import type { Signer } from "../../ports/signer.js";
import type { Store } from "../../ports/store.js";
import type { Workflow } from "../../ports/workflow.js";
import type { WorkflowStore } from "../../ports/workflow-store.js";
import type { Participant } from "../../schemas/participant.js";
import type { Relationship } from "../../schemas/workflow.js";
import { NotFoundError } from "../errors.js";

export interface WorkflowDeps {
  store: Store;
  workflowStore: WorkflowStore;
  workflow: Workflow;
  /** The cohorts' workflow: one execution per programme round. */
  cohortWorkflow: Workflow;
  mailer: Mailer;
  signer: Signer;
  clock: Clock;
  ids: Ids;
  config: {
    /** Where links in e-mails point: the public address of the forms. */
    baseUrl: string;
    contactEmail: string;
    coordinatorEmail: string;
    /** The language of the coordinator's e-mails (default Latvian). */
    coordinatorLanguage?: Language;
  };
}

/** Where and in which language the coordinator is written to; "name" greets them. */
export const coordinatorOf = (deps: {
  config: { coordinatorEmail: string; coordinatorLanguage?: Language };
}) => {
  const language = deps.config.coordinatorLanguage ?? "lv";
  return {
    email: deps.config.coordinatorEmail,
    language,
    name: language === "lv" ? "koordinator" : "coordinator",
  };
};

export async function relationshipOf(
  deps: WorkflowDeps,
  relationshipId: string,
): Promise<Relationship> {
  const relationship = await deps.workflowStore.getRelationship(relationshipId);
  if (!relationship) throw new NotFoundError(`no relationship ${relationshipId}`);
  return relationship;
}

export async function participantOf(
  deps: WorkflowDeps,
  participantId: string,
): Promise<Participant> {
  const participant = await deps.store.getParticipant(participantId);
  if (!participant) throw new NotFoundError(`no participant ${participantId}`);
  return participant;
}

/** Mentor first, then the mentees: everyone who answers consent, reflection and closure forms. */
export const participantIds = (relationship: Relationship) => [
  relationship.mentorId,
  ...relationship.menteeIds,
];

export interface Person {
  participantId: string;
  name: string;
  email: string;
  language: Language;
}

/** A participant's name and address, from the relationship's copy (or the profile). */
export async function personOf(
  deps: WorkflowDeps,
  relationship: Relationship,
  id: string,
): Promise<Person> {
  const copy = relationship.people[id];
  if (copy) return { participantId: id, ...copy };
  const participant = await participantOf(deps, id);
  return {
    participantId: id,
    name: participant.name,
    email: participant.email,
    language: participant.language,
  };
}

/** "Anna Kalniņa, Jānis Ozoliņš": the other people of the relationship, as a person reads them. */
export async function partnersOf(
  deps: WorkflowDeps,
  relationship: Relationship,
  except: string,
): Promise<string> {
  const names: string[] = [];
  for (const id of participantIds(relationship)) {
    if (id !== except) names.push((await personOf(deps, relationship, id)).name);
  }
  return names.join(", ");
}

/**
 * A relationship by its people, as a coordinator's e-mail names it ("Jānis Ozols – Līga
 * Bērziņa"), never by its id.
 */
export const pairName = (relationship: Relationship): string =>
  [relationship.mentorId, ...relationship.menteeIds]
    .map((id) => relationship.people[id]?.name ?? id)
    .join(" – ");

/** An absolute address on the public site (forms, guides, console, certificates). */
export const publicUrl = (deps: { config: { baseUrl: string } }, path: string) =>
  `${deps.config.baseUrl.replace(/\/+$/, "")}${path}`;

/** Sends one message once: the key makes a retried or resumed step harmless. */
export async function sendOnce(
  deps: Pick<WorkflowDeps, "mailer" | "config">,
  key: string,
  to: { email: string; language: Language },
  kind: MailKind | MailTemplate,
  values: Omit<MailValues, "contact">,
  attachments?: OutgoingMail["attachments"],
  replyTo?: OutgoingMail["replyTo"],
) {
  const mail = renderMail(kind, to.language, { ...values, contact: deps.config.contactEmail });
  return deps.mailer.send({
    key,
    to: to.email,
    ...mail,
    ...(attachments ? { attachments } : {}),
    ...(replyTo?.length ? { replyTo } : {}),
  });
}

export async function record(
  deps: WorkflowDeps,
  relationshipId: string,
  key: string,
  type: string,
  actor: string,
  detail: Record<string, unknown> = {},
) {
  await deps.workflowStore.addEvent(relationshipId, {
    at: deps.clock.now().toISOString(),
    key,
    type,
    actor,
    detail,
  });
}

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);
