import { listMentorCommunity } from "../../shared/domain/community/list-mentor-community.js";
import { type Deps, defaultDeps } from "../compose.js";
import { json } from "../http/http-event.js";
import { consoleHandler } from "./console-handler.js";

/** GET /api/console/mentors: every mentor across rounds, and the mentees who would mentor later. */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async () => json(200, await listMentorCommunity(deps())));

export const handler = createHandler(defaultDeps);
