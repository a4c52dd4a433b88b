import type { CohortFormKind } from "../../schemas/cohort-answer.js";
import type { CohortFormModule } from "./cohort-form-kind.js";
import { countMeInForm } from "./count-me-in-form.js";
import { menteeFutureForm } from "./mentee-future-form.js";
import { mentorAgainForm } from "./mentor-again-form.js";
import { seminarAttendanceForm } from "./seminar-attendance-form.js";
import { surveyEndForm } from "./survey-end-form.js";
import { surveyHalfwayForm } from "./survey-halfway-form.js";

/**
 * Every cohort form kind, by its enum value: sending, showing, checking and keeping a
 * cohort form all read this one registry, so a kind without a module does not compile.
 * Kept apart from the relationship forms (shared/domain/forms/form-kinds.ts): no workflow
 * task waits for these, and their answers live under the cohort.
 */
export const COHORT_FORM_KINDS: Record<CohortFormKind, CohortFormModule> = {
  seminar_attendance: seminarAttendanceForm,
  survey_halfway: surveyHalfwayForm,
  survey_end: surveyEndForm,
  mentor_again: mentorAgainForm,
  mentee_future: menteeFutureForm,
  count_me_in: countMeInForm,
};
