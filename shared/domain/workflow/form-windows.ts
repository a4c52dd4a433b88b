import type { FormKind } from "../../schemas/workflow.js";
import { WAITS } from "./waiting-times.js";

/** How long a form link stays valid: as long as the workflow waits for it (in days). */
export const WAITS_IN_DAYS: Record<FormKind, number> = {
  consent: WAITS.consentTimeoutAfter,
  introduction: WAITS.introductionValidFor,
  plan: WAITS.planTimeoutAfter,
  reflection: WAITS.reflectionMissingAfter,
  checkpoint: WAITS.progressTimeoutAfter,
  closure: WAITS.closureTimeoutAfter,
};
