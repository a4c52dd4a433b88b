import { digestPeriod, linkRequestDigestMail } from "../../mail/link-request-digest-mail.js";
import type { DigestSlot, MailDigests } from "../../ports/mail-digests.js";
import { coordinatorOf, publicUrl, sendOnce, type WorkflowDeps } from "./workflow-deps.js";

/** Requests for a new link from unrecognised links: counted per hour, told once an hour. */
export const LINK_REQUEST_DIGEST = "link-requests";
const SLOT_MS = 3600_000;
/** A slot is kept a month (what was told, and when), then the table's TTL removes it. */
const KEEP_MS = 30 * 86_400_000;

export type DigestDeps = WorkflowDeps & { digests: MailDigests };

/** The clock hour `at` falls in: its slot is due when the hour ends. */
export function digestSlotAt(at: Date): Omit<DigestSlot, "count" | "status"> {
  const start = Math.floor(at.getTime() / SLOT_MS) * SLOT_MS;
  return {
    digest: LINK_REQUEST_DIGEST,
    start: new Date(start).toISOString(),
    dueAt: new Date(start + SLOT_MS).toISOString(),
  };
}

const keepUntil = (slot: { dueAt: string }) => new Date(Date.parse(slot.dueAt) + KEEP_MS);

/**
 * Counts one unrecognised request into its hour. The first of an hour claims the hour's
 * slot; it also sends what earlier hours still owe (the hourly tick would too), so a digest
 * waits at most until the next request or the next tick. A slot already closed (a clock
 * behind the sender's) passes the request to the next hour.
 */
export async function countIntoDigest(deps: DigestDeps): Promise<void> {
  let slot = digestSlotAt(deps.clock.now());
  let count = await deps.digests.add(slot, keepUntil(slot));
  if (count === undefined) {
    slot = digestSlotAt(new Date(slot.dueAt));
    count = await deps.digests.add(slot, keepUntil(slot));
  }
  if (count !== 1) return;
  try {
    await sendDueDigests(deps);
  } catch (error) {
    // The person's request is kept; the tick sends the digest. No personal data in the line.
    console.warn(
      JSON.stringify({
        level: "warn",
        message: "link request digest not sent yet",
        error: error instanceof Error ? error.name : "unknown",
      }),
    );
  }
}

/**
 * Sends every due digest once: the slot is closed first (so its count is final), then the
 * e-mail goes out under a key of the slot (a second sender, or a retry after a failed send,
 * sends nothing twice), then the slot leaves the due list. Answers how many were sent.
 */
export async function sendDueDigests(deps: DigestDeps): Promise<number> {
  let sent = 0;
  const now = deps.clock.now().toISOString();
  for (const due of await deps.digests.listDue(LINK_REQUEST_DIGEST, now)) {
    const slot = await deps.digests.close(LINK_REQUEST_DIGEST, due.start);
    if (!slot) continue;
    const coordinator = coordinatorOf(deps);
    const result = await sendOnce(
      deps,
      `link-request-digest:${slot.start}`,
      coordinator,
      linkRequestDigestMail(slot.count),
      {
        name: coordinator.name,
        link: publicUrl(deps, "/console/link-requests"),
        when: digestPeriod(slot.start, slot.dueAt, coordinator.language),
      },
    );
    await deps.digests.markSent(LINK_REQUEST_DIGEST, slot.start, deps.clock.now().toISOString());
    if (!result.duplicate) sent++;
  }
  return sent;
}
