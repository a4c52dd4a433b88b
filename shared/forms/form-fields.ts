import { format as fill, type Localized, localized } from "../i18n/localized.js";
import type { Goal } from "../schemas/workflow.js";
import type { Field } from "./form-definition.js";

/** What a workflow form shows besides its fields: who the others are, which session. */
export interface FormContext {
  /** The other people of the relationship, as names. */
  partners: string;
  session?: number;
  goals?: Goal[];
  /** For consent: who the others are and why they were matched (HTML per language). */
  details?: Localized;
}

/** A form's texts with `{partners}` and `{session}` filled from its context. */
export function formTexts(context: FormContext) {
  const vars = { partners: context.partners, session: context.session ?? "" };
  return (lv: string, en: string): Localized => localized(fill(lv, vars), fill(en, vars));
}

export const ratingField = (name: string, label: Localized): Field => ({
  kind: "number",
  name,
  label,
  help: localized(
    "No 1 (ļoti maz) līdz 10 (ļoti daudz).",
    "From 1 (very little) to 10 (very much).",
  ),
  required: true,
  min: 1,
  max: 10,
});

export const area = (name: string, label: Localized, required = false): Field => ({
  kind: "textarea",
  name,
  label,
  required,
  maxLength: 2000,
  rows: 3,
});
