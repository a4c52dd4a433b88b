import { type GuideName, guideTitle } from "../../forms/guide-pages.js";
import type { Language } from "../../i18n/localized.js";
import { ensureIntroductionForm } from "../forms/introduction-form.js";
import { formLink } from "./request-form.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

/** "2.1": everyone agreed; each participant gets the welcome with the first-meeting guide, once. */
export async function sendWelcome(
  deps: wf.WorkflowDeps,
  relationshipId: string,
  state: string,
): Promise<void> {
  const relationship = await wf.relationshipOf(deps, relationshipId);
  await deps.workflowStore.updateRelationship(relationshipId, {
    phase: "planning",
    state,
    updatedAt: deps.clock.now().toISOString(),
  });
  const guide = (name: GuideName, language: Language) => ({
    label: guideTitle(name)[language],
    url: wf.publicUrl(deps, `/guide/${name}?lang=${language}`),
  });
  for (const id of wf.participantIds(relationship)) {
    const participant = await wf.personOf(deps, relationship, id);
    const { language } = participant;
    const isMentor = id === relationship.mentorId;
    // A mentee's button is the introduction form for the mentor; a mentor's the
    // conversation guide. Both guides are linked below the button.
    const link = isMentor
      ? guide("conversation", language).url
      : await formLink(deps, await ensureIntroductionForm(deps, relationship, id));
    await wf.sendOnce(
      deps,
      `welcome:${relationshipId}:${relationship.mentorId}:${id}`,
      participant,
      "welcome",
      {
        name: participant.name,
        partners: await wf.partnersOf(deps, relationship, id),
        link,
        moreLinks: isMentor
          ? [guide("first-meeting", language)]
          : [guide("first-meeting", language), guide("conversation", language)],
      },
    );
  }
  await wf.record(
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
