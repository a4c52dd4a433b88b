/**
 * The relationship workflow's states (English and Latvian names side by side in shared/,
 * so the console shows the same states the machine has). The ASL carries the English names.
 */
export {
  LATVIAN_STATE_NAME,
  STATE_NAMES_LV,
  STATES,
  type StateKey,
  type StateName,
} from "../../shared/workflow/relationship-state-names.js";

/** Each phase, with the state it starts at: the console groups states by these. */
export const PHASE_OF_STATE = (state: string): string => {
  const stage = state.split(" ")[0]?.split(".")[0];
  return (
    {
      "0": "resume",
      "1": "consent",
      "2": "planning",
      "3": "learning",
      "4": "closure",
      E: "escalation",
    }[stage ?? ""] ?? "unknown"
  );
};

/** Waiting times of the programme (DOMAIN.md), in days: one copy in shared/. */
export { WAITS } from "../../shared/domain/workflow/waiting-times.js";

/**
 * Every loop of the machine passes through "0.1 Resume", which counts turns; a relationship
 * never takes more than this many (12 sessions need about 40).
 */
export const MAX_TURNS = 200;
