import { localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import type { Relationship } from "../../schemas/workflow.js";
import { sendSessionInvites } from "./send-session-invites.js";
import {
  partnersOf,
  personOf,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

/** "4.4": the relationship closes and the mentor's places are free again, once. */
export async function closeRelationship(
  deps: WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<void> {
  const relationship = await relationshipOf(deps, relationshipId);
  if (relationship.phase === "closed") return;
  const now = deps.clock.now().toISOString();
  // Sessions still ahead (a relationship closed early) leave the calendars first.
  await sendSessionInvites(deps, relationshipId, { closing: true });
  await deps.workflowStore.closeForms(relationshipId, "closure#1");
  await deps.store.releasePlaces(relationship.mentorId, relationship.menteeIds.length);
  await deps.workflowStore.updateRelationship(relationshipId, {
    phase: "closed",
    state,
    closedAt: now,
    closeReason: relationship.closeReason ?? "completed",
    nextDueAt: undefined,
    updatedAt: now,
  });
  await record(deps, relationshipId, "closed", "relationship_closed", "workflow", {
    reason: relationship.closeReason ?? "completed",
    sessionsHeld: (await deps.workflowStore.listSessions(relationshipId)).filter(
      (s) => s.held === "yes",
    ).length,
  });
  await passOnClosingWords(deps, relationship);
}

const CLOSING: MailTemplate = {
  subject: localized(
    "Jūsu mentoringa sadarbība ir noslēgusies",
    "Your mentoring relationship has ended",
  ),
  body: localized(
    "Paldies par kopīgo darbu ({partners})! Zemāk ir tas, ko otra puse noslēgumā rakstīja jums.",
    "Thank you for the work you did together ({partners})! Below is what your partner wrote to you at the close.",
  ),
};

/**
 * What the closing form meant for the partner reaches them: "feedback for my partner", and,
 * where both of a mentor-mentee pair said they want to stay in touch, each other's address.
 * Nothing else of the closing answers leaves the relationship.
 */
async function passOnClosingWords(deps: WorkflowDeps, relationship: Relationship) {
  const closures = new Map(
    (await deps.workflowStore.listClosures(relationship.relationshipId)).map((c) => [
      c.participantId,
      c.answers,
    ]),
  );
  const mentor = relationship.mentorId;
  for (const id of [mentor, ...relationship.menteeIds]) {
    // A mentor's partners are the mentees; a mentee's the mentor.
    const partners = id === mentor ? relationship.menteeIds : [mentor];
    const person = await personOf(deps, relationship, id);
    const lv = person.language === "lv";
    const feedback = [];
    const stayInTouch = [];
    for (const partnerId of partners) {
      const partner = await personOf(deps, relationship, partnerId);
      const text = closures.get(partnerId)?.feedback;
      if (typeof text === "string" && text.trim() !== "")
        feedback.push({ label: partner.name, text });
      if (closures.get(partnerId)?.keepInTouch === true && closures.get(id)?.keepInTouch === true)
        stayInTouch.push({ label: partner.name, text: partner.email });
    }
    if (feedback.length === 0 && stayInTouch.length === 0) continue;
    await sendOnce(deps, `closing:${relationship.relationshipId}:${id}`, person, CLOSING, {
      name: person.name,
      partners: await partnersOf(deps, relationship, id),
      sections: [
        ...(feedback.length
          ? [{ title: lv ? "Atgriezeniskā saite jums" : "Feedback for you", entries: feedback }]
          : []),
        ...(stayInTouch.length
          ? [
              {
                title: lv ? "Kontaktā vēlas palikt abas puses" : "You both want to stay in touch",
                entries: stayInTouch,
              },
            ]
          : []),
      ],
    });
  }
}
