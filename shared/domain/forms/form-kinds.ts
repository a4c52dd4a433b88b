import type { FormKind } from "../../schemas/workflow.js";
import { checkpointForm } from "./checkpoint-form.js";
import { closureForm } from "./closure-form.js";
import { consentForm } from "./consent-form.js";
import type { FormKindModule } from "./form-kind.js";
import { introductionForm } from "./introduction-form.js";
import { planForm } from "./plan-form.js";
import { reflectionForm } from "./reflection-form.js";

/**
 * Every form kind, by its enum value: asking, showing, checking, keeping, resending and
 * expiring a form all read this one registry, so a kind without a module does not compile.
 */
export const FORM_KINDS: Record<FormKind, FormKindModule> = {
  consent: consentForm,
  introduction: introductionForm,
  plan: planForm,
  reflection: reflectionForm,
  checkpoint: checkpointForm,
  closure: closureForm,
};
