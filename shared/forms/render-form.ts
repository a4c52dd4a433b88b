import { type Language, localized } from "../i18n/localized.js";
import {
  type Field,
  type FormDefinition,
  type FormFields,
  gridValue,
  type Option,
} from "./form-definition.js";
import { escapeHtml as e } from "./render-page.js";

/** Field name -> the message shown next to it. */
export type FieldErrors = Record<string, string>;

const T = {
  problem: localized("Lūdzu, izlabojiet šīs kļūdas", "Please correct these problems"),
  optional: localized("(neobligāts)", "(optional)"),
  yes: localized("Jā", "Yes"),
  no: localized("Nē", "No"),
  atLeast: localized("Izvēlieties vismaz {n}.", "Choose at least {n}."),
  error: localized("Kļūda:", "Error:"),
};

export const fieldId = (name: string) => `f-${name}`;

/** The first focusable element of a field, where the error summary links to. */
const anchorOf = (field: Exclude<Field, { kind: "hidden" }>): string => {
  switch (field.kind) {
    case "radio":
    case "checkboxes":
      return `${fieldId(field.name)}-${field.options[0]?.value ?? ""}`;
    case "checkbox-grid":
      return `${fieldId(field.name)}-${gridValue(field.rows[0]?.value ?? "", field.columns[0]?.value ?? "")}`;
    case "yes-no":
    case "consent":
    case "checkbox":
      return `${fieldId(field.name)}-yes`;
    default:
      return fieldId(field.name);
  }
};

interface Ctx {
  language: Language;
  values: FormFields;
  errors: FieldErrors;
}

const describedBy = (ids: string[]) =>
  ids.length > 0 ? ` aria-describedby="${ids.join(" ")}"` : "";

function hintAndError(field: Exclude<Field, { kind: "hidden" }>, ctx: Ctx) {
  const id = fieldId(field.name);
  const ids: string[] = [];
  let markup = "";
  if (field.help) {
    ids.push(`${id}-hint`);
    markup += `<p class="hint" id="${id}-hint">${e(field.help[ctx.language])}</p>`;
  }
  const error = ctx.errors[field.name];
  if (error) {
    ids.push(`${id}-error`);
    markup += `<p class="error-message" id="${id}-error"><span class="visually-hidden">${T.error[ctx.language]}</span> ${e(error)}</p>`;
  }
  return { ids, markup, invalid: Boolean(error) };
}

const labelText = (field: Exclude<Field, { kind: "hidden" }>, ctx: Ctx) => {
  if (field.required) return e(field.label[ctx.language]);
  const hint = field.requiredWhen
    ? `(${e(field.requiredWhen[ctx.language])})`
    : T.optional[ctx.language];
  return `${e(field.label[ctx.language])} <span class="hint">${hint}</span>`;
};

function choice(
  type: "radio" | "checkbox",
  name: string,
  option: Option,
  checked: boolean,
  ctx: Ctx,
  extra = "",
) {
  const id = `${fieldId(name)}-${option.value}`;
  return `<div class="option"><input type="${type}" id="${id}" name="${name}" value="${e(option.value)}"${checked ? " checked" : ""}${extra}><label for="${id}">${e(option.label[ctx.language])}</label></div>`;
}

function renderField(field: Field, ctx: Ctx): string {
  if (field.kind === "hidden") {
    return `<input type="hidden" name="${field.name}" value="${e(ctx.values[field.name]?.[0] ?? field.value)}">`;
  }
  const id = fieldId(field.name);
  const { ids, markup, invalid } = hintAndError(field, ctx);
  const aria = `${describedBy(ids)}${invalid ? ' aria-invalid="true"' : ""}`;
  const required = field.required ? " required" : "";
  const value = ctx.values[field.name]?.[0] ?? "";
  const selected = new Set(ctx.values[field.name] ?? []);
  const wrap = (inner: string) => `<div class="field${invalid ? " invalid" : ""}">${inner}</div>`;
  const group = (inner: string) =>
    wrap(`<fieldset${aria}><legend>${labelText(field, ctx)}</legend>${markup}${inner}</fieldset>`);

  switch (field.kind) {
    case "text":
    case "email": {
      const limits = `${field.minLength ? ` minlength="${field.minLength}"` : ""}${field.maxLength ? ` maxlength="${field.maxLength}"` : ""}`;
      const auto = field.autocomplete ? ` autocomplete="${field.autocomplete}"` : "";
      return wrap(
        `<label for="${id}">${labelText(field, ctx)}</label>${markup}<input type="${field.kind}" id="${id}" name="${field.name}" value="${e(value)}"${limits}${auto}${required}${aria}>`,
      );
    }
    case "textarea": {
      const limits = `${field.minLength ? ` minlength="${field.minLength}"` : ""}${field.maxLength ? ` maxlength="${field.maxLength}"` : ""}`;
      return wrap(
        `<label for="${id}">${labelText(field, ctx)}</label>${markup}<textarea id="${id}" name="${field.name}" rows="${field.rows ?? 4}"${limits}${required}${aria}>${e(value)}</textarea>`,
      );
    }
    case "number":
      return wrap(
        `<label for="${id}">${labelText(field, ctx)}</label>${markup}<input type="number" inputmode="numeric" id="${id}" name="${field.name}" value="${e(value)}" min="${field.min}" max="${field.max}" step="1"${required}${aria}>`,
      );
    case "radio":
      return group(
        field.options
          .map((option) =>
            choice("radio", field.name, option, value === option.value, ctx, required),
          )
          .join(""),
      );
    case "yes-no":
      return group(
        [
          { value: "yes", label: T.yes },
          { value: "no", label: T.no },
        ]
          .map((option) =>
            choice("radio", field.name, option, value === option.value, ctx, required),
          )
          .join(""),
      );
    case "checkboxes":
      return group(
        field.options
          .map((option) => choice("checkbox", field.name, option, selected.has(option.value), ctx))
          .join(""),
      );
    case "checkbox-grid":
      return group(
        field.rows
          .map(
            (row) =>
              `<fieldset class="grid-row"><legend>${e(row.label[ctx.language])}</legend>${field.columns
                .map((column) => {
                  const option = { value: gridValue(row.value, column.value), label: column.label };
                  return choice("checkbox", field.name, option, selected.has(option.value), ctx);
                })
                .join("")}</fieldset>`,
          )
          .join(""),
      );
    case "select": {
      const options = field.groups
        .map(
          (optionGroup) =>
            `<optgroup label="${e(optionGroup.label[ctx.language])}">${optionGroup.options
              .map(
                (option) =>
                  `<option value="${e(option.value)}"${value === option.value ? " selected" : ""}>${e(option.label[ctx.language])}</option>`,
              )
              .join("")}</optgroup>`,
        )
        .join("");
      return wrap(
        `<label for="${id}">${labelText(field, ctx)}</label>${markup}<select id="${id}" name="${field.name}"${required}${aria}><option value="">${e(field.placeholder[ctx.language])}</option>${options}</select>`,
      );
    }
    case "checkbox": {
      const box = choice(
        "checkbox",
        field.name,
        { value: "yes", label: field.label },
        value === "yes",
        ctx,
        `${required}${aria}`,
      );
      return wrap(`${box}${markup}`);
    }
    case "datetime":
      return wrap(
        `<label for="${id}">${labelText(field, ctx)}</label>${markup}<input type="datetime-local" id="${id}" name="${field.name}" value="${e(value)}"${required}${aria}>`,
      );
    case "consent":
      return group(
        `<p class="consent-text">${e(field.text[ctx.language])}</p>${choice("checkbox", field.name, { value: "yes", label: field.label }, value === "yes", ctx, required)}`,
      );
  }
}

export interface RenderFormOptions {
  language: Language;
  action: string;
  values?: FormFields;
  errors?: FieldErrors;
  /** Markup placed above the form, e.g. links to the other role. */
  lead?: string;
  /** 2 when the form is a part of a page that has its own heading (e.g. a link problem). */
  headingLevel?: 1 | 2;
}

/**
 * A whole form: title, who it is for, an error summary that links to each field, and the
 * fields with their constraints. Works without JavaScript: the summary takes the focus when
 * the page opens (`autofocus`), Tab reaches its links and each link focuses its field.
 */
export function renderForm(form: FormDefinition, options: RenderFormOptions): string {
  const ctx: Ctx = {
    language: options.language,
    values: options.values ?? {},
    errors: options.errors ?? {},
  };
  const fields = form.sections.flatMap((section) => [...section.fields]);
  // One line per field; a label the form uses more than once ("Goal" in each goal) is
  // named with its section ("Goal 2 – Goal: ...").
  const labelCount = new Map<string, number>();
  for (const field of fields)
    if (field.kind !== "hidden")
      labelCount.set(
        field.label[ctx.language],
        (labelCount.get(field.label[ctx.language]) ?? 0) + 1,
      );
  const problems = form.sections.flatMap((section) =>
    section.fields.flatMap((field) => {
      if (field.kind === "hidden" || !ctx.errors[field.name]) return [];
      const label = field.label[ctx.language];
      const named =
        (labelCount.get(label) ?? 0) > 1 ? `${section.title[ctx.language]} – ${label}` : label;
      return [
        `<li><a href="#${anchorOf(field)}">${e(named)}: ${e(ctx.errors[field.name] ?? "")}</a></li>`,
      ];
    }),
  );
  const summary =
    problems.length > 0
      ? `<div class="summary" role="alert" aria-labelledby="summary-title" tabindex="-1" autofocus><h2 id="summary-title">${T.problem[ctx.language]}</h2><ul>${problems.join("")}</ul></div>`
      : "";
  const whenClass = (when: { field: string; value: string }) =>
    `when-${when.field}-${when.value}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const conditions = new Map<string, { field: string; value: string }>();
  for (const section of form.sections)
    if (section.shownWhen) conditions.set(whenClass(section.shownWhen), section.shownWhen);
  // A section for one answer shows once that answer is chosen; without :has(), all show.
  const style = conditions.size
    ? `<style>@supports selector(:has(*)){${[...conditions]
        .map(
          ([name, when]) =>
            `form .${name}{display:none}form:has(input[name="${e(when.field)}"][value="${e(when.value)}"]:checked) .${name}{display:block}`,
        )
        .join("")}}</style>`
    : "";
  const sections = form.sections
    .map(
      (section) =>
        `<fieldset${section.shownWhen ? ` class="${whenClass(section.shownWhen)}"` : ""}><legend><h2>${e(section.title[ctx.language])}</h2></legend>${section.intro ? `<p class="hint">${e(section.intro[ctx.language])}</p>` : ""}${section.fields.map((field) => renderField(field, ctx)).join("\n")}</fieldset>`,
    )
    .join("\n");
  const h = `h${options.headingLevel ?? 1}`;
  return `<${h}>${e(form.title[ctx.language])}</${h}>
<p>${e(form.intro[ctx.language])}</p>
${options.lead ?? ""}
${summary}
${style}<form method="post" action="${e(options.action)}" accept-charset="utf-8">
${sections}
<button type="submit">${e(form.submitLabel[ctx.language])}</button>
</form>`;
}
