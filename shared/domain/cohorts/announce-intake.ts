import { applyHref } from "../../forms/application-pages.js";
import { intakeOpenMail, LEAVE_LINK_LABEL } from "../../mail/waiting-list-mail.js";
import type { Cohort } from "../../schemas/cohort.js";
import { publicUrl, sendOnce, type WorkflowDeps } from "../workflow/workflow-deps.js";
import { leaveLink } from "./waiting-list.js";

/**
 * The cohort's intake is open: every waiting-list entry not yet told about this cohort gets
 * one e-mail in its language (the round's name, until when applications are taken, the
 * information seminar while it is ahead, a button to the application form of the role it
 * asked for, and the leave link), and is marked as told. Idempotent per (cohort, entry):
 * the mail key is the pair, so a retried or restarted step sends nothing twice, and a
 * marked entry is skipped. The entries stay on the list for later rounds until they leave.
 * `sent` counts the e-mails this call sent.
 */
export async function announceIntake(
  deps: WorkflowDeps,
  cohort: Cohort,
): Promise<{ sent: number }> {
  const now = deps.clock.now();
  const template = intakeOpenMail(cohort, now);
  let sent = 0;
  for (const entry of await deps.store.listWaitingList()) {
    if (entry.notifiedCohorts.includes(cohort.cohortId)) continue;
    const result = await sendOnce(
      deps,
      `waitlist:${entry.entryId}:intake:${cohort.cohortId}`,
      entry,
      template,
      {
        name: "",
        link: publicUrl(deps, applyHref(entry.language, entry.role)),
        moreLinks: [{ label: LEAVE_LINK_LABEL[entry.language], url: await leaveLink(deps, entry) }],
      },
    );
    if (!result.duplicate) sent++;
    await deps.store.markWaitingListNotified(entry.email, cohort.cohortId);
  }
  return { sent };
}
