import { dynamicsOf } from "../../mail/workflow-mail.js";
import { formatRigaInText } from "../../schemas/form-answers.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

/** "3.2": a reminder before the session, in a tone that follows the relationship's dynamics. */
export async function sendSessionReminder(
  deps: wf.WorkflowDeps,
  relationshipId: string,
  number: number,
  state: string,
) {
  const relationship = await wf.relationshipOf(deps, relationshipId);
  const session = (await deps.workflowStore.listSessions(relationshipId)).find(
    (s) => s.number === number,
  );
  if (!session) return;
  await deps.workflowStore.updateRelationship(relationshipId, {
    state,
    updatedAt: deps.clock.now().toISOString(),
  });
  const dynamics = dynamicsOf(number, relationship.sessionCount);
  for (const id of wf.participantIds(relationship)) {
    const participant = await wf.personOf(deps, relationship, id);
    await wf.sendOnce(
      deps,
      `session-reminder:${relationshipId}:${number}:${session.startsAt}:${id}`,
      participant,
      "session_reminder",
      {
        name: participant.name,
        session: number,
        when: formatRigaInText(new Date(session.startsAt), participant.language),
        dynamics,
      },
    );
  }
  await wf.record(
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
