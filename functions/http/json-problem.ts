import { json } from "./http-event.js";
import type { Problem } from "./map-error.js";

/** The JSON error body of the contract; a 401 also says how to authenticate. */
export const jsonProblem = (problem: Problem) => {
  const response = json(problem.status, problem.body);
  if (problem.status === 401)
    response.headers = { ...response.headers, "www-authenticate": "Bearer" };
  return response;
};
