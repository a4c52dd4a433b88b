import { type GuideName, guideTitle } from "../../forms/guide-pages.js";
import type { Language } from "../../i18n/localized.js";
import type { FormRequest, Relationship } from "../../schemas/workflow.js";
import { WAITS_IN_DAYS } from "./form-windows.js";
import { formLink } from "./request-form.js";
import {
  addDays,
  participantIds,
  partnersOf,
  personOf,
  publicUrl,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

/** "2.1": everyone agreed; each participant gets the welcome with the first-meeting guide, once. */
export async function sendWelcome(
  deps: WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<void> {
  const relationship = await relationshipOf(deps, relationshipId);
  await deps.workflowStore.updateRelationship(relationshipId, {
    phase: "planning",
    state,
    updatedAt: deps.clock.now().toISOString(),
  });
  const guide = (name: GuideName, language: Language) => ({
    label: guideTitle(name)[language],
    url: publicUrl(deps, `/guide/${name}?lang=${language}`),
  });
  for (const id of participantIds(relationship)) {
    const participant = await personOf(deps, relationship, id);
    const { language } = participant;
    const isMentor = id === relationship.mentorId;
    // A mentee's button is the introduction form for the mentor; a mentor's the
    // conversation guide. Both guides are linked below the button.
    const link = isMentor
      ? guide("conversation", language).url
      : await formLink(deps, await introductionForm(deps, relationshipId, relationship, id));
    await sendOnce(
      deps,
      `welcome:${relationshipId}:${relationship.mentorId}:${id}`,
      participant,
      "welcome",
      {
        name: participant.name,
        partners: await partnersOf(deps, relationship, id),
        link,
        moreLinks: isMentor
          ? [guide("first-meeting", language)]
          : [guide("first-meeting", language), guide("conversation", language)],
      },
    );
  }
  await record(
    deps,
    relationshipId,
    `welcome-${relationship.consentRound}`,
    "consent_complete",
    "workflow",
    {
      mentorId: relationship.mentorId,
    },
  );
}

/**
 * The mentee's introduction form, made once per (relationship, consent round, mentee).
 * Nothing waits for it: it has no task token, and its answers go to the mentor by e-mail.
 */
async function introductionForm(
  deps: WorkflowDeps,
  relationshipId: string,
  relationship: Relationship,
  participantId: string,
): Promise<FormRequest> {
  const participant = await personOf(deps, relationship, participantId);
  const now = deps.clock.now();
  const { form } = await deps.workflowStore.ensureForm(
    {
      formId: deps.ids.next("f"),
      kind: "introduction",
      relationshipId,
      stepKey: `introduction#${relationship.consentRound}`,
      participantId,
      language: participant.language,
      status: "open",
      createdAt: now.toISOString(),
      expiresAt: addDays(now, WAITS_IN_DAYS.introduction).toISOString(),
      reminders: 0,
    },
    "",
  );
  return form;
}
