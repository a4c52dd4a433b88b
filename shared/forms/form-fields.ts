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
  /** For a reflection: the session is the plan's last, so no "next time" is promised. */
  lastSession?: boolean;
  /** When the link was opened (ISO): what dates in the answer are checked against. */
  now?: string;
  /** For a plan: the cohort's planned end (ISO), by which the last session must end. */
  planEndsBy?: string;
  /** Whose form it is: the two sides get their own questions (closure). */
  role?: "mentor" | "mentee";
  /** Each goal's last reported progress in percent, by goal key (closure). */
  progress?: Record<string, number>;
}

/** A form's texts with `{partners}` and `{session}` filled from its context. */
export function formTexts(context: Pick<FormContext, "partners" | "session">): Texts {
  const vars = { partners: context.partners, session: context.session ?? "" };
  return (lv, en) => localized(fill(lv, vars), fill(en, vars));
}

/** A text in both languages, as a form writes it. */
export type Texts = (lv: string, en: string) => Localized;

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

/** A required choice of one option, each option a value and its label. */
export const choice = (
  name: string,
  label: Localized,
  options: ReadonlyArray<readonly [value: string, label: Localized]>,
): Field => ({
  kind: "radio",
  name,
  label,
  required: true,
  options: options.map(([value, text]) => ({ value, label: text })),
});

/** A required yes-or-no question. */
export const yesNo = (name: string, label: Localized): Field => ({
  kind: "yes-no",
  name,
  label,
  required: true,
});
