import { dynamicsOf } from "../../mail/workflow-mail.js";
import { formatRiga } from "../../schemas/form-answers.js";
import {
  participantIds,
  personOf,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

/** "3.2": a reminder before the session, in a tone that follows the relationship's dynamics. */
export async function sendSessionReminder(
  deps: WorkflowDeps,
  relationshipId: string,
  number: number,
  state: string,
) {
  const relationship = await relationshipOf(deps, relationshipId);
  const session = (await deps.workflowStore.listSessions(relationshipId)).find(
    (s) => s.number === number,
  );
  if (!session) return;
  await deps.workflowStore.updateRelationship(relationshipId, {
    state,
    updatedAt: deps.clock.now().toISOString(),
  });
  const dynamics = dynamicsOf(number, relationship.sessionCount);
  for (const id of participantIds(relationship)) {
    const participant = await personOf(deps, relationship, id);
    await sendOnce(
      deps,
      `session-reminder:${relationshipId}:${number}:${session.startsAt}:${id}`,
      participant,
      "session_reminder",
      {
        name: participant.name,
        session: number,
        when: formatRiga(new Date(session.startsAt), participant.language),
        dynamics,
      },
    );
  }
  await record(
    deps,
    relationshipId,
    `session-reminder-${number}-${session.startsAt}`,
    "session_reminder_sent",
    "workflow",
    {
      session: number,
      dynamics,
    },
  );
}
