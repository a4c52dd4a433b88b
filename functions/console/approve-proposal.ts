import { approveProposal } from "../../shared/domain/decide-proposal.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

/** POST /api/console/proposals/{proposalId}/approve: take the places; 201 with the relationship. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event) => {
    const approved = await approveProposal(
      deps(),
      event.pathParameters?.proposalId ?? "",
      coordinatorOf(event),
    );
    return json(201, { relationshipId: approved.relationshipId, proposal: approved });
  });

export const handler = createHandler(defaultDeps);
