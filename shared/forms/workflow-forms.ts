import { FORM_KINDS } from "../domain/forms/form-kinds.js";
import type { FormKind } from "../schemas/workflow.js";
import type { FormDefinition } from "./form-definition.js";
import { type FormContext, formTexts } from "./form-fields.js";

export type { FormContext } from "./form-fields.js";

/**
 * The form of a kind with its context filled in. Each kind's fields live in its module
 * (shared/domain/forms/<kind>-form.ts), with the field names the workflow depends on
 * (DESIGN.md): consent `decision`; reflection `held`, `valueRating`, `ideasRating`,
 * `safetyRating`, `shareWithCoordinator`.
 */
export const workflowForm = (kind: FormKind, context: FormContext): FormDefinition => ({
  id: kind,
  ...FORM_KINDS[kind].page(formTexts(context), context),
});
