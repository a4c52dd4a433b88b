import type { Language } from "../../i18n/localized.js";
import { joinedMail } from "../../mail/waiting-list-mail.js";
import { renderMail } from "../../mail/workflow-mail.js";
import { parseSignedLink } from "../../ports/signer.js";
import type { ApplicantRole } from "../../schemas/application.js";
import type { WaitingListEntry, WaitingListSource } from "../../schemas/waiting-list.js";
import { publicUrl, type WorkflowDeps } from "../workflow/workflow-deps.js";
import { intakeState, nextIntakeOpensAt } from "./intake-state.js";

/** What the waiting list uses of the ports. */
export type WaitingListDeps = Pick<
  WorkflowDeps,
  "store" | "clock" | "ids" | "mailer" | "signer" | "config"
>;

export interface JoinWaitingListInput {
  email: string;
  language: Language;
  role?: ApplicantRole;
  source: WaitingListSource;
  /** For `not_this_round`: the round that did not place the person (one e-mail per round). */
  cohortId?: string;
}

/** The entry's one-click way off the list: `/waiting-list/leave/<entryId>.<mac>`. */
export async function leaveLink(
  deps: Pick<WaitingListDeps, "signer" | "config">,
  entry: WaitingListEntry,
) {
  // The MAC covers the entry's id and when it joined: a link of an earlier entry of the same
  // address (left, then joined again) has another id and opens nothing of the new one.
  const token = await deps.signer.sign(entry.entryId, entry.joinedAt);
  return publicUrl(deps, `/waiting-list/leave/${token}`);
}

/**
 * Puts an address on the waiting list, from the application page (`form`) or after a round
 * whose matching did not place the person (`not_this_round`, by the cohort workflow).
 * Idempotent: an address already on the list keeps its entry as it is (its language and
 * role are not changed by whoever typed the address again). The address gets "you are on
 * the waiting list" with the leave link: once when it joins, and for a repeat at most once a
 * day (form) or once per round (not this round), so nobody can flood a mailbox with it.
 */
export async function joinWaitingList(
  deps: WaitingListDeps,
  input: JoinWaitingListInput,
): Promise<{ entry: WaitingListEntry; created: boolean }> {
  const now = deps.clock.now();
  const { entry, created } = await deps.store.joinWaitingList({
    entryId: deps.ids.next("w"),
    email: input.email.trim(),
    language: input.language,
    ...(input.role ? { role: input.role } : {}),
    source: input.source,
    joinedAt: now.toISOString(),
    notifiedCohorts: [],
  });
  const again =
    input.source === "not_this_round" && input.cohortId
      ? `not_this_round:${input.cohortId}`
      : `${input.source}:${now.toISOString().slice(0, 10)}`;
  const key = created ? `waitlist:${entry.entryId}:joined` : `waitlist:${entry.entryId}:${again}`;
  const next = nextIntakeOpensAt(intakeState(await deps.store.listCohorts(), now));
  const mail = renderMail(joinedMail(input.source, next), entry.language, {
    name: "",
    contact: deps.config.contactEmail,
    link: await leaveLink(deps, entry),
  });
  await deps.mailer.send({ key, to: entry.email, ...mail });
  return { entry, created };
}

/** What a leave link leads to; each has its own page. */
export type LeaveAccess =
  | { status: "unknown" }
  | { status: "left" }
  | { status: "open"; entry: WaitingListEntry };

/**
 * Opens a leave link without changing anything (mail scanners open links): unknown or
 * tampered, already left, or open (the entry it was sent for is on the list).
 */
export async function openLeaveLink(deps: WaitingListDeps, token: string): Promise<LeaveAccess> {
  const parsed = parseSignedLink(token);
  if (!parsed?.id.startsWith("w_")) return { status: "unknown" };
  const link = await deps.store.getWaitingListLink(parsed.id);
  if (!link || !(await deps.signer.verify(token, link.joinedAt))) return { status: "unknown" };
  const entry = link.email ? await deps.store.getWaitingListEntry(link.email) : undefined;
  return entry?.entryId === link.entryId ? { status: "open", entry } : { status: "left" };
}

/** The leave link's POST: takes the entry off the list, once; a second one reads "already left". */
export async function leaveByLink(
  deps: WaitingListDeps,
  token: string,
): Promise<Exclude<LeaveAccess, { status: "open" }> | { status: "done"; entry: WaitingListEntry }> {
  const access = await openLeaveLink(deps, token);
  if (access.status !== "open") return access;
  const { entry } = access;
  const done = await deps.store.leaveWaitingList(
    entry.email,
    entry.entryId,
    deps.clock.now().toISOString(),
  );
  return done ? { status: "done", entry } : { status: "left" };
}

/** Takes an address off the waiting list, whichever entry it has (erasure). */
export async function removeFromWaitingList(
  deps: Pick<WaitingListDeps, "store" | "clock">,
  email: string,
): Promise<boolean> {
  const entry = await deps.store.getWaitingListEntry(email);
  if (!entry) return false;
  return deps.store.leaveWaitingList(email, entry.entryId, deps.clock.now().toISOString());
}
