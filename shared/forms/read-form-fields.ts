import type { Field, FormDefinition, FormFields } from "./form-definition.js";

const allFields = (form: FormDefinition): Field[] => form.sections.flatMap((s) => [...s.fields]);

/** Own values only: a name like `toString` must not find what every object inherits. */
const valuesOf = (fields: FormFields, name: string): string[] =>
  Object.hasOwn(fields, name) && Array.isArray(fields[name]) ? (fields[name] as string[]) : [];

const first = (fields: FormFields, name: string): string | undefined => {
  const value = valuesOf(fields, name)[0];
  return value === undefined || value.trim() === "" ? undefined : value;
};

/**
 * Turns posted strings into the shape the zod schema expects, without judging them:
 * blanks become absent, numbers that are not numbers stay strings, so the schema reports
 * every problem with its own message. Names the form does not declare are ignored.
 */
export function readFormFields(form: FormDefinition, posted: FormFields): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of allFields(form)) {
    switch (field.kind) {
      case "hidden":
        value[field.name] = first(posted, field.name) ?? field.value;
        break;
      case "checkboxes":
      case "checkbox-grid":
        value[field.name] = valuesOf(posted, field.name).filter((item) => item !== "");
        break;
      case "consent":
      case "checkbox":
        value[field.name] = first(posted, field.name) === "yes";
        break;
      case "yes-no": {
        const answer = first(posted, field.name);
        value[field.name] = answer === "yes" ? true : answer === "no" ? false : answer;
        break;
      }
      case "number": {
        const answer = first(posted, field.name)?.trim();
        value[field.name] =
          answer !== undefined && /^-?\d{1,9}$/.test(answer) ? Number(answer) : answer;
        break;
      }
      default:
        value[field.name] = first(posted, field.name);
    }
  }
  return value;
}
