import type { Localized } from "../../shared/i18n/localized.js";
import { cohortQuerySchema } from "../../shared/schemas/cohort.js";
import { inRound } from "../../shared/schemas/participant.js";
import { INSTITUTION_TYPES, ROLE_CATEGORIES } from "../../shared/schemas/reference.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { consoleHandler } from "./console-handler.js";

const NO_CATEGORY: Localized = { lv: "Nav kategorijas", en: "No category" };

/** A reference code with its labels, so the console can filter and show it in both languages. */
const labelled = (
  items: readonly { code: string; label: Localized }[],
  code: string,
): { code: string; label: Localized } => ({
  code,
  label: items.find((item) => item.code === code)?.label ?? NO_CATEGORY,
});

/** GET /api/console/participants: every applicant with confirmation, eligibility and placement. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const { cohort } = parseInput(cohortQuerySchema, event.queryStringParameters ?? {}, "en");
    const participants = inRound(await deps().store.listParticipants(), cohort);
    return json(200, {
      items: participants.map((p) => ({
        participantId: p.participantId,
        role: p.role,
        name: p.name,
        email: p.email,
        language: p.language,
        status: p.status,
        reasons: p.reasons.map((reason) => reason.code),
        appliedAt: p.appliedAt,
        ...(p.cohortId ? { cohortId: p.cohortId } : {}),
        // Not yet confirmed from the mailbox: not matched or counted, and gone after confirmBy.
        confirmation: p.confirmation ?? "confirmed",
        ...(p.confirmation === "unconfirmed" ? { confirmBy: p.confirmBy } : {}),
        ...(p.placement ? { placement: p.placement } : {}),
        ...(p.application.role === "mentor"
          ? { capacity: p.application.capacity, activeMentees: p.activeMentees ?? 0 }
          : {
              institutionType: labelled(INSTITUTION_TYPES, p.application.institutionType),
              roleCategory: labelled(ROLE_CATEGORIES, p.application.roleCategory),
            }),
      })),
    });
  });

export const handler = createHandler(defaultDeps);
