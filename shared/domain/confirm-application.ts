import {
  type ApplicationMailKind,
  type ApplicationStanding,
  applicationMail,
} from "../mail/application-mail.js";
import { receivedSection } from "../mail/application-summary.js";
import { renderMail } from "../mail/workflow-mail.js";
import { parseSignedLink } from "../ports/signer.js";
import type { ApplicationResult, Participant } from "../schemas/participant.js";
import { rejoined } from "./rejoin-round.js";
import { publicUrl, type WorkflowDeps } from "./workflow/workflow-deps.js";

/** What intake and confirmation use of the ports. */
export type IntakeDeps = Pick<
  WorkflowDeps,
  "store" | "clock" | "ids" | "mailer" | "signer" | "config"
>;

/** How long the link of a confirmation e-mail is valid. */
export const CONFIRMATION_DAYS = 7;

/**
 * By when a confirmed, eligible applicant hears from the coordinator (a proposal or how
 * matching is going): the date the thank-you page and the receipt give.
 */
export const PROPOSAL_WITHIN_DAYS = 14;

/** The date an application confirmed at `at` is promised an answer by. */
export const answerBy = (at: Date): Date =>
  new Date(at.getTime() + PROPOSAL_WITHIN_DAYS * 24 * 60 * 60 * 1000);

/**
 * The confirmation link of an application: `/confirm/<participantId>.<signature>`, the
 * HMAC over the participant id and `confirmBy`, like a form link over its id and expiry.
 */
export async function confirmationLink(
  deps: IntakeDeps,
  participant: Participant,
  confirmBy = participant.confirmBy,
) {
  if (!confirmBy) throw new Error("the participant has no confirmation link");
  const token = await deps.signer.sign(participant.participantId, confirmBy);
  return publicUrl(deps, `/confirm/${token}`);
}

/** What a confirmation link leads to; each has its own page. */
export type ConfirmationAccess =
  | { status: "unknown" }
  /** `rejoin`: the link confirms the person's application to a later round (rejoin-round.ts). */
  | { status: "open"; participant: Participant; rejoin?: true }
  | { status: "expired" | "confirmed"; participant: Participant };

/**
 * Opens a confirmation link without changing anything (mail scanners open links): unknown
 * or tampered (also an application that is gone), expired, already confirmed, or open.
 */
export async function openConfirmation(
  deps: IntakeDeps,
  token: string,
): Promise<ConfirmationAccess> {
  const parsed = parseSignedLink(token);
  if (!parsed?.id.startsWith("p_")) return { status: "unknown" };
  const participant = await deps.store.getParticipant(parsed.id);
  const waiting = participant?.rejoin;
  if (participant && waiting && (await deps.signer.verify(token, waiting.confirmBy))) {
    if (Date.parse(waiting.confirmBy) <= deps.clock.now().getTime())
      return { status: "expired", participant };
    return { status: "open", participant, rejoin: true };
  }
  if (!participant?.confirmBy || !(await deps.signer.verify(token, participant.confirmBy)))
    return { status: "unknown" };
  if (participant.confirmation !== "unconfirmed") return { status: "confirmed", participant };
  if (Date.parse(participant.confirmBy) <= deps.clock.now().getTime())
    return { status: "expired", participant };
  return { status: "open", participant };
}

export type ConfirmationResult =
  | Exclude<ConfirmationAccess, { status: "open" }>
  | { status: "done"; participant: Participant; result: ApplicationResult; answerBy: Date };

/**
 * The applicant confirms (POST): once, while the link is valid. From then on the
 * application counts (matching, figures) and no longer expires. A second confirmation is
 * told "already confirmed" and changes nothing.
 */
export async function confirmApplication(
  deps: IntakeDeps,
  token: string,
): Promise<ConfirmationResult> {
  const access = await openConfirmation(deps, token);
  if (access.status !== "open") return access;
  if (access.rejoin) return confirmRejoin(deps, access.participant);
  const { participant } = access;
  const now = deps.clock.now();
  if (!(await deps.store.confirmParticipant(participant, now.toISOString())))
    // Refused by its condition: confirmed meanwhile (a second click), or just expired.
    return refused(participant, participant.confirmBy, now);
  return receiptAndDone(
    deps,
    { ...participant, confirmation: "confirmed", confirmedAt: now.toISOString() },
    now,
  );
}

/** A confirmation its store condition refused: expired by now, else confirmed meanwhile. */
const refused = (participant: Participant, confirmBy: string | undefined, now: Date) =>
  ({
    status: Date.parse(confirmBy ?? "") <= now.getTime() ? "expired" : "confirmed",
    participant,
  }) as const;

/**
 * After a confirmation: the receipt (what was received and what happens next; once, its key
 * is the application's) and what the thank-you page shows.
 */
async function receiptAndDone(
  deps: IntakeDeps,
  confirmed: Participant,
  now: Date,
): Promise<ConfirmationResult> {
  await sendApplicationMail(
    deps,
    confirmed,
    confirmed.status === "eligible" ? "received" : "received_ineligible",
  );
  return {
    status: "done",
    answerBy: answerBy(now),
    participant: confirmed,
    result: {
      participantId: confirmed.participantId,
      status: confirmed.status,
      reasons: confirmed.reasons,
    },
  };
}

/** The person confirms their application to a later round: it becomes their current one. */
async function confirmRejoin(
  deps: IntakeDeps,
  participant: Participant,
): Promise<ConfirmationResult> {
  const now = deps.clock.now();
  const confirmBy = participant.rejoin?.confirmBy ?? "";
  const next = rejoined(participant, now.toISOString());
  if (!(await deps.store.completeRejoin(next, confirmBy, now.toISOString())))
    return refused(participant, confirmBy, now);
  return receiptAndDone(deps, next, now);
}

/** Where a confirmed application stands, in the words its owner is told (no content). */
export function standingOf(participant: Participant): ApplicationStanding {
  if (participant.status !== "eligible") return "ineligible";
  const placed = participant.placement || (participant.activeMentees ?? 0) > 0;
  return placed ? "placed" : "waiting";
}

/**
 * One intake e-mail to the owner of `participant`'s address, in their language. The key
 * makes each go once: the confirmation once per application, the "applied again" notice
 * at most once a day per application and state, so nobody can flood a mailbox with it.
 */
export async function sendApplicationMail(
  deps: IntakeDeps,
  participant: Participant,
  kind: ApplicationMailKind,
): Promise<void> {
  const now = deps.clock.now();
  const receipt = kind === "received" || kind === "received_ineligible";
  // A later round's application has its own receipt and its own confirmation e-mail.
  const round = participant.rounds?.length ? `:${participant.cohortId}` : "";
  const rejoin = kind === "rejoin" ? participant.rejoin : undefined;
  const key =
    kind === "confirm" || receipt
      ? `application:${participant.participantId}:${kind}${round}`
      : `application:${participant.participantId}:${kind}${rejoin ? `:${rejoin.cohortId}` : ""}:${now.toISOString().slice(0, 10)}`;
  const withLink = kind === "confirm" || kind === "again_unconfirmed" || kind === "rejoin";
  const confirmBy = rejoin ? rejoin.confirmBy : participant.confirmBy;
  const template = applicationMail(kind, {
    until: confirmBy ? new Date(confirmBy) : undefined,
    standing: kind === "again_confirmed" ? standingOf(participant) : undefined,
    by: answerBy(now),
    reasons:
      kind === "received_ineligible"
        ? {
            lv: participant.reasons.map((r) => r.message.lv).join(" "),
            en: participant.reasons.map((r) => r.message.en).join(" "),
          }
        : undefined,
  });
  const mail = renderMail(template, participant.language, {
    name: "",
    contact: deps.config.contactEmail,
    ...(withLink ? { link: await confirmationLink(deps, participant, confirmBy) } : {}),
    ...(receipt ? { sections: [receivedSection(participant)] } : {}),
  });
  await deps.mailer.send({ key, to: participant.email, ...mail });
}
