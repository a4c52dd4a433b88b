import { z } from "zod";
import { area, choice } from "../../forms/form-fields.js";
import { profileOf, renderMatchDetails, summariseGroup } from "../../forms/partner-profile.js";
import { type Localized, localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import type { PairScore } from "../../schemas/matching.js";
import type { Participant } from "../../schemas/participant.js";
import type { FormRequest, Relationship } from "../../schemas/workflow.js";
import { menteeFeatures, mentorFeatures } from "../matching/pool-features.js";
import { DEFAULT_WEIGHTS, explainPair } from "../matching/score-pair.js";
import { WAITS } from "../workflow/waiting-times.js";
import {
  participantIds,
  partnersOf,
  personOf,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "../workflow/workflow-deps.js";
import { defineFormKind, noteAnswer } from "./form-kind.js";

/** Match consent: every participant agrees before a relationship starts (stage 1). */
export const consentAnswerSchema = z.strictObject({
  decision: z.enum(["accept", "decline"]),
  reason: z.string().trim().max(1000).optional(),
});

const ASK: MailTemplate = {
  subject: localized(
    "Jums piedāvāts mentoringa pāris: lūdzu, apstipriniet",
    "A mentoring match for you: please confirm",
  ),
  body: localized(
    "Jums ir piedāvāta mentoringa sadarbība ({partners}). Sadarbība sāksies tikai tad, kad visi būs piekrituši. Lūdzu, atbildiet 7 dienu laikā.",
    "The programme coordinator has proposed a mentoring relationship for you ({partners}). It starts only when everyone agrees. Please answer within 7 days.",
  ),
  button: localized("Apskatīt un atbildēt", "See the proposal and answer"),
};

const NUDGE: MailTemplate = {
  subject: localized(
    "Atgādinājums: jūsu atbilde par mentoringa pāri",
    "Reminder: your answer about the mentoring match",
  ),
  body: localized(
    "Mēs vēl gaidām jūsu atbildi par piedāvāto mentoringa sadarbību ({partners}). Ja neatbildēsiet 4 dienu laikā, piedāvāsim citu risinājumu.",
    "We are still waiting for your answer about the proposed mentoring relationship ({partners}). Without an answer within 4 days we will look for another solution.",
  ),
  button: localized("Atbildēt tagad", "Answer now"),
};

export const consentForm = defineFormKind({
  phase: "consent",
  validForDays: WAITS.consentTimeoutAfter,
  answerSchema: consentAnswerSchema,
  page: (t) => ({
    title: t("Piekrišana mentoringa sadarbībai", "Consent to the mentoring relationship"),
    intro: t(
      "Jums ir piedāvāta mentoringa sadarbība ({partners}). Sadarbība sāksies, kad visi būs piekrituši; ja atteiksieties, koordinators meklēs citu risinājumu.",
      "You have been proposed a mentoring relationship with: {partners}. It starts when everyone agrees; if you decline, the coordinator looks for another solution.",
    ),
    submitLabel: t("Nosūtīt atbildi", "Send my answer"),
    sections: [
      {
        title: t("Jūsu atbilde", "Your answer"),
        fields: [
          choice(
            "decision",
            t("Vai piekrītat šai sadarbībai?", "Do you agree to this relationship?"),
            [
              ["accept", t("Jā, piekrītu", "Yes, I agree")],
              ["decline", t("Nē, atsakos", "No, I decline")],
            ],
          ),
          area(
            "reason",
            t(
              "Ja atsakāties, kāpēc? (tikai koordinatoram)",
              "If you decline, why? (for the coordinator only)",
            ),
          ),
        ],
      },
    ],
  }),
  mail: { ask: ASK, nudge: NUDGE },
  awaited: (round, relationship) =>
    relationship.phase === "consent" && round === relationship.consentRound,
  context: async (deps, relationship, form) => ({
    details: await matchDetails(deps, relationship, form.participantId),
  }),
  // The reason is for the coordinator only: the workflow learns the decision.
  output: (answers) => ({ decision: answers.decision }),
  // A decline's reason goes on the timeline, which only the coordinator reads (a partner's
  // export leaves it out); the pair is never proposed again, and the declined side is told.
  keep: async (deps, { form, answers }) => {
    if (answers.decision === "decline") await keepDecline(deps, form);
    await noteAnswer(deps, form, `consent_${answers.decision}`, {
      stepKey: form.stepKey,
      ...(answers.decision === "decline" && answers.reason ? { reason: answers.reason } : {}),
    });
  },
});

/** What the people a match was declined with read: no reason, no blame, the next step. */
const DECLINED: Record<"mentee" | "mentor", MailTemplate> = {
  // A mentee whose proposed mentor declined.
  mentee: {
    subject: localized(
      "Koordinators meklē jums citu mentoru",
      "The coordinator is finding you another mentor",
    ),
    body: localized(
      "Piedāvātā mentoringa sadarbība ({partners}) šoreiz neveidosies. Koordinators jau meklē jums citu mentoru, un drīzumā saņemsiet jaunu piedāvājumu vai ziņu. Jums nekas nav jādara.",
      "The proposed mentoring relationship ({partners}) will not go ahead this time. The coordinator is already finding you another mentor, and you will soon get a new proposal or news. There is nothing you need to do.",
    ),
  },
  // A mentor whose proposed mentee declined.
  mentor: {
    subject: localized(
      "Šī mentoringa sadarbība neveidosies",
      "This mentoring match will not go ahead",
    ),
    body: localized(
      "Piedāvātā mentoringa sadarbība ({partners}) šoreiz neveidosies. Paldies par jūsu gatavību! Jūs paliekat programmas mentoru lokā, un koordinators var jums piedāvāt citu sadarbību.",
      "The proposed mentoring relationship ({partners}) will not go ahead this time. Thank you for being ready to mentor! You stay among the programme's mentors, and the coordinator may propose another relationship to you.",
    ),
  },
};

/**
 * A mentor's decline concerns each mentee, a mentee's their mentor: each such pair is kept on
 * both profiles (no later candidate or matching run proposes it), and the other side gets a
 * kind e-mail, once per consent round.
 */
async function keepDecline(deps: WorkflowDeps, form: FormRequest) {
  const relationship = await relationshipOf(deps, form.relationshipId);
  const byMentor = form.participantId === relationship.mentorId;
  const declined = byMentor ? relationship.menteeIds : [relationship.mentorId];
  for (const otherId of declined) {
    await deps.store.recordDecline(form.participantId, otherId);
    const person = await personOf(deps, relationship, otherId);
    await sendOnce(
      deps,
      `declined:${relationship.relationshipId}:${relationship.consentRound}:${otherId}`,
      person,
      DECLINED[byMentor ? "mentee" : "mentor"],
      { name: person.name, partners: await partnersOf(deps, relationship, otherId) },
    );
  }
}

/**
 * Before agreeing, each side sees the others' short profile and why they were matched:
 * a mentor each mentee; a mentee the mentor and, in a group, only the group's size and
 * shared topics (the other mentees' applications are theirs and the coordinator's).
 */
async function matchDetails(
  deps: WorkflowDeps,
  relationship: Relationship,
  viewer: string,
): Promise<Localized> {
  const people = new Map<string, Participant>();
  for (const id of participantIds(relationship)) {
    const participant = await deps.store.getParticipant(id);
    if (participant) people.set(id, participant);
  }
  const mentor = people.get(relationship.mentorId);
  const viewerIsMentor = viewer === relationship.mentorId;
  const others = viewerIsMentor
    ? [...people.values()].filter((p) => p.participantId !== viewer)
    : mentor
      ? [mentor]
      : [];
  const group =
    !viewerIsMentor && relationship.menteeIds.length > 1
      ? summariseGroup(relationship.menteeIds.flatMap((id) => people.get(id) ?? []))
      : undefined;
  const vocabulary = new Map<string, number>();
  const fits: { name: string; fit: PairScore }[] = [];
  if (mentor?.application.role === "mentor") {
    const mentorView = mentorFeatures(
      {
        id: mentor.participantId,
        application: mentor.application,
        remainingCapacity: mentor.application.capacity,
      },
      vocabulary,
    );
    const mentees =
      viewer === mentor.participantId
        ? others
        : [...people.values()].filter((p) => p.participantId === viewer);
    for (const mentee of mentees) {
      if (mentee.application.role !== "mentee") continue;
      const view = menteeFeatures(
        { id: mentee.participantId, application: mentee.application },
        vocabulary,
      );
      fits.push({
        name: mentee.name,
        fit: explainPair(view, mentorView, relationship.format, DEFAULT_WEIGHTS),
      });
    }
  }
  const profiles = others.map(profileOf);
  return localized(
    renderMatchDetails(profiles, fits, "lv", group),
    renderMatchDetails(profiles, fits, "en", group),
  );
}
