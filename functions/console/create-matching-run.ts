import { z } from "zod";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { weightsSchema } from "../../shared/schemas/matching.js";
import { oneLine } from "../../shared/schemas/one-line.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { coordinatorOf } from "../http/require-coordinator.js";
import { consoleHandler } from "./console-handler.js";

const bodySchema = z.strictObject({
  weights: weightsSchema.optional(),
  minimumScore: z.number().min(0).max(100).optional(),
  participantIds: z.array(oneLine().min(1).max(80)).min(1).max(10_000).optional(),
  /** One cohort's pool: its mentees, and every mentor with room (mentors carry over). */
  cohortId: oneLine().min(1).max(64).optional(),
});

/** POST /api/console/matching-runs: match the whole eligible pool (or a cohort's) now. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, { kind: "json", optional: true }, async (event) => {
    const input = parseInput(bodySchema, event.parsedBody, "en");
    const stored = await createMatchingRun(deps(), input, coordinatorOf(event));
    return json(201, { ...stored.run, proposals: stored.proposals, unplaced: stored.unplaced });
  });

export const handler = createHandler(defaultDeps);
