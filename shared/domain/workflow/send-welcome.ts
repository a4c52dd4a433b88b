import { type GuideName, guideTitle } from "../../forms/guide-pages.js";
import { type Language, localized } from "../../i18n/localized.js";
import { ensureIntroductionForm } from "../forms/introduction-form.js";
import { formLink } from "./request-form.js";
// The workflow's shared helpers (record, sendOnce, relationshipOf...) as one namespace.
import * as wf from "./workflow-deps.js";

const CONTACTS = {
  title: localized("Kā sazināties", "How to reach each other"),
  email: localized("e-pasts", "e-mail"),
};

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
  const people = await Promise.all(
    wf.participantIds(relationship).map((id) => wf.personOf(deps, relationship, id)),
  );
  for (const participant of people) {
    const id = participant.participantId;
    const { language } = participant;
    const isMentor = id === relationship.mentorId;
    // Whom this person works with: a mentor all the mentees, a mentee the mentor (in a group,
    // co-mentees meet at the sessions; their addresses are theirs to share).
    const partners = people.filter((p) =>
      isMentor ? p.participantId !== id : p.participantId === relationship.mentorId,
    );
    // A mentee's button is the introduction form for the mentor; a mentor's the
    // conversation guide; a mentee also gets both guides below the button.
    const link = isMentor
      ? guide("conversation", language).url
      : await formLink(deps, await ensureIntroductionForm(deps, relationship, id));
    await wf.sendOnce(
      deps,
      `welcome:${relationshipId}:${relationship.mentorId}:${id}`,
      participant,
      isMentor ? "welcome_mentor" : "welcome",
      {
        name: participant.name,
        partners: await wf.partnersOf(deps, relationship, id),
        link,
        // The first-meeting checklist is the mentee's; the mentor's button is the conversation guide.
        moreLinks: isMentor
          ? []
          : [guide("first-meeting", language), guide("conversation", language)],
        sections: [
          {
            title: CONTACTS.title[language],
            entries: partners.map((partner) => ({
              label: partner.name,
              text: `${CONTACTS.email[language]}: ${partner.email}`,
            })),
          },
        ],
      },
      undefined,
      partners.map((partner) => partner.email),
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
