/** The cohort workflow's states (English and Latvian side by side in shared/). */
export {
  COHORT_LATVIAN_STATE_NAME,
  COHORT_STATE_NAMES_LV,
  COHORT_STATES,
  type CohortStateKey,
} from "../../shared/workflow/cohort-state-names.js";
