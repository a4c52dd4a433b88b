import type { FormKind } from "../../schemas/workflow.js";

/** How long a form link stays valid: as long as the workflow waits for it (in days). */
export const WAITS_IN_DAYS: Record<FormKind, number> = {
  consent: 7,
  // Useful before the first meeting and the plan; the plan window is the natural limit.
  introduction: 14,
  plan: 14,
  reflection: 7,
  checkpoint: 7,
  closure: 14,
};
