import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/participants: every applicant with eligibility and placement. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () => {
    const participants = await deps().store.listParticipants();
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
        ...(p.placement ? { placement: p.placement } : {}),
        ...(p.application.role === "mentor"
          ? { capacity: p.application.capacity, activeMentees: p.activeMentees ?? 0 }
          : {}),
      })),
    });
  });

export const handler = createHandler(defaultDeps);
