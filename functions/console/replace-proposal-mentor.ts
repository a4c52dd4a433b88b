import { z } from "zod";
import { replaceProposalMentor } from "../../shared/domain/decide-proposal.js";
import { oneLine } from "../../shared/schemas/one-line.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

const bodySchema = z.strictObject({
  mentorId: oneLine().min(1).max(80),
  /** Kept with the proposal: why the coordinator chose another mentor. */
  reason: z.string().trim().min(3).max(1000),
});

/** POST /api/console/proposals/{proposalId}/mentor: replace the proposed mentor, with a reason. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json" }, async (event) => {
    const change = parseInput(bodySchema, event.parsedBody, "en");
    const proposal = await replaceProposalMentor(
      deps(),
      event.pathParameters?.proposalId ?? "",
      change,
      coordinatorOf(event),
    );
    return json(200, proposal);
  });

export const handler = createHandler(defaultDeps);
