import { type GuideName, guideTitle } from "../../forms/guide-pages.js";
import type { Language } from "../../i18n/localized.js";
import { ensureIntroductionForm } from "../forms/introduction-form.js";
import { formLink } from "./request-form.js";
import {
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
      : await formLink(deps, await ensureIntroductionForm(deps, relationship, id));
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
