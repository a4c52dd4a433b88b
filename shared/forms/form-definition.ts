import type { Localized } from "../i18n/localized.js";

/** Form fields as posted: every name keeps all its values (checkboxes repeat names). */
export type FormFields = Record<string, string[]>;

export interface Option {
  value: string;
  label: Localized;
}
export interface OptionGroup {
  label: Localized;
  options: readonly Option[];
}

interface FieldBase {
  name: string;
  label: Localized;
  help?: Localized;
  required?: boolean;
  /** Required only in a case the label then names ("required if ..."), instead of "(optional)". */
  requiredWhen?: Localized;
}

/**
 * A field declares its constraints so the HTML can state them (required, minlength, min,
 * max, type) and so the posted strings can be turned back into typed values.
 */
export type Field =
  | (FieldBase & {
      kind: "text" | "email";
      minLength?: number;
      maxLength?: number;
      autocomplete?: string;
    })
  | (FieldBase & { kind: "textarea"; minLength?: number; maxLength?: number; rows?: number })
  | (FieldBase & { kind: "number"; min: number; max: number })
  | (FieldBase & { kind: "radio"; options: readonly Option[] })
  | (FieldBase & { kind: "select"; groups: readonly OptionGroup[]; placeholder: Localized })
  | (FieldBase & {
      kind: "checkboxes";
      options: readonly Option[];
      minChecked?: number;
      maxChecked?: number;
    })
  /** Options shown as a grid of rows (e.g. weekdays) and columns (e.g. parts of the day). */
  | (FieldBase & {
      kind: "checkbox-grid";
      rows: readonly Option[];
      columns: readonly Option[];
      minChecked?: number;
    })
  /** One checkbox meaning yes; absent means no. */
  | (FieldBase & { kind: "consent"; text: Localized })
  | (FieldBase & { kind: "checkbox" })
  /** A local date and time (Riga), as `YYYY-MM-DDTHH:MM`. */
  | (FieldBase & { kind: "datetime" })
  | (FieldBase & { kind: "yes-no" })
  | { kind: "hidden"; name: string; value: string };

export interface Section {
  title: Localized;
  intro?: Localized;
  fields: readonly Field[];
  /**
   * Shown only once this radio answer is chosen (CSS `:has()`, no script; a browser without
   * it shows every section, and the schema ignores what does not belong to the answer).
   */
  shownWhen?: { field: string; value: string };
}

export interface FormDefinition {
  id: string;
  title: Localized;
  /** Who the form is for and what happens after it is sent. */
  intro: Localized;
  sections: readonly Section[];
  submitLabel: Localized;
}

/** A form as its kind's module writes it: the id comes from the kind. */
export type FormPage = Omit<FormDefinition, "id">;

export const gridValue = (row: string, column: string) => `${row}_${column}`;
