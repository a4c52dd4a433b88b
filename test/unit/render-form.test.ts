import { describe, expect, it } from "vitest";
import { MENTEE_FORM, MENTOR_FORM } from "../../shared/forms/application-form.js";
import type { Field, FormDefinition, FormFields } from "../../shared/forms/form-definition.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { type FieldErrors, renderForm } from "../../shared/forms/render-form.js";
import { escapeHtml, renderPage } from "../../shared/forms/render-page.js";
import { LANGUAGES, type Language } from "../../shared/i18n/localized.js";
import { applicationSchema, TEXT_LIMITS } from "../../shared/schemas/application.js";
import { toFormBody, validMentee, validMentor } from "../fixtures/applications.js";

// --- a very small HTML reader: enough for markup whose attribute values are escaped ---

interface Tag {
  tag: string;
  attrs: Record<string, string>;
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

const parseAttrs = (source: string): Record<string, string> => {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
    attrs[match[1] as string] = unescapeHtml(match[2] ?? "");
  }
  return attrs;
};

const tagsOf = (html: string, names: string[]): Tag[] =>
  [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/g)]
    .filter((match) => names.includes(match[1] as string))
    .map((match) => ({ tag: match[1] as string, attrs: parseAttrs(match[2] ?? "") }));

/** Form controls a person can use (hidden inputs excluded). */
const controlsOf = (html: string) =>
  tagsOf(html, ["input", "select", "textarea"]).filter((t) => t.attrs.type !== "hidden");

const controlsNamed = (html: string, name: string) =>
  controlsOf(html).filter((control) => control.attrs.name === name);

const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string);

/** What a browser would post for this HTML form, as name -> values. */
function submittedFields(html: string): FormFields {
  const fields: FormFields = {};
  const add = (name: string | undefined, value: string) => {
    if (name === undefined) return;
    fields[name] ??= [];
    fields[name].push(value);
  };
  for (const { tag, attrs } of tagsOf(html, ["input"])) {
    const type = attrs.type ?? "text";
    if ((type === "checkbox" || type === "radio") && !("checked" in attrs)) continue;
    if (tag === "input") add(attrs.name, attrs.value ?? "");
  }
  for (const match of html.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    add(parseAttrs(match[1] ?? "").name, unescapeHtml(match[2] ?? ""));
  }
  for (const match of html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)" selected>/.exec(match[2] ?? "");
    add(parseAttrs(match[1] ?? "").name, unescapeHtml(selected?.[1] ?? ""));
  }
  return fields;
}

const toFields = (body: string): FormFields => {
  const fields: FormFields = {};
  for (const [name, value] of new URLSearchParams(body)) {
    fields[name] ??= [];
    fields[name].push(value);
  }
  return fields;
};

// --- the forms under test ---

type VisibleField = Exclude<Field, { kind: "hidden" }>;
const FORMS: Record<string, FormDefinition> = { mentee: MENTEE_FORM, mentor: MENTOR_FORM };
const visibleFields = (form: FormDefinition): VisibleField[] =>
  form.sections
    .flatMap((section) => [...section.fields])
    .filter((field): field is VisibleField => field.kind !== "hidden");

const page = (
  form: FormDefinition,
  language: Language,
  errors?: FieldErrors,
  values?: FormFields,
) =>
  renderPage({
    language,
    title: form.title,
    content: renderForm(form, { language, action: "/apply", errors, values }),
    contactEmail: "koordinators@example.lv",
  });

describe.each(Object.entries(FORMS))("the %s form", (role, form) => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const html = page(form, language);
    const other: Language = language === "lv" ? "en" : "lv";

    it(`is a page in ${language} with the form's title`, () => {
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(`<h1>${escapeHtml(form.title[language])}</h1>`);
      expect(html).toContain(escapeHtml(form.submitLabel[language]));
      expect(html).toMatch(/<form method="post" action="\/apply"/);
    });

    it("shows every field label of the definition, in that language only", () => {
      for (const field of visibleFields(form)) {
        expect(html, field.name).toContain(escapeHtml(field.label[language]));
        if (field.label[other] !== field.label[language]) {
          expect(html, field.name).not.toContain(`>${escapeHtml(field.label[other])}<`);
        }
      }
    });

    it("gives every control an id with exactly one <label for> pointing at it", () => {
      const controls = controlsOf(html);
      expect(controls.length).toBeGreaterThan(visibleFields(form).length);
      const labelFors = tagsOf(html, ["label"]).map((label) => label.attrs.for);
      for (const control of controls) {
        expect(control.attrs.id, `control ${control.attrs.name}`).toBeTruthy();
        expect(labelFors.filter((target) => target === control.attrs.id)).toHaveLength(1);
      }
      for (const target of labelFors) expect(idsOf(html)).toContain(target);
    });

    it("uses every id only once", () => {
      const ids = idsOf(html);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it("renders a control for every field", () => {
      for (const field of visibleFields(form)) {
        expect(controlsNamed(html, field.name).length, field.name).toBeGreaterThan(0);
      }
      const role = tagsOf(html, ["input"]).find((tag) => tag.attrs.name === "role");
      expect(role?.attrs.type).toBe("hidden");
    });

    it("marks required fields required, and only those", () => {
      for (const field of visibleFields(form)) {
        const controls = controlsNamed(html, field.name);
        const requiredCount = controls.filter((control) => "required" in control.attrs).length;
        if (field.kind === "checkboxes" || field.kind === "checkbox-grid") {
          // `required` on a checkbox would demand that box; a group states its minimum in text.
          expect(requiredCount, field.name).toBe(0);
        } else if (field.required) {
          expect(requiredCount, field.name).toBe(controls.length);
        } else {
          expect(requiredCount, field.name).toBe(0);
        }
      }
    });

    it("gives every text field its maximum length (and minimum where it has one)", () => {
      const textFields = visibleFields(form).filter(
        (field) => field.kind === "text" || field.kind === "email" || field.kind === "textarea",
      );
      expect(textFields.length).toBeGreaterThan(3);
      for (const field of textFields) {
        const [control] = controlsNamed(html, field.name);
        const maxLength = Number(control?.attrs.maxlength);
        expect(Number.isInteger(maxLength) && maxLength > 0, field.name).toBe(true);
        if ("maxLength" in field) expect(maxLength).toBe(field.maxLength);
        if ("minLength" in field && field.minLength !== undefined) {
          expect(Number(control?.attrs.minlength), field.name).toBe(field.minLength);
        }
      }
      const [name] = controlsNamed(html, "name");
      expect(name?.attrs.maxlength).toBe(String(TEXT_LIMITS.name.max));
      const [email] = controlsNamed(html, "email");
      expect(email?.attrs.type).toBe("email");
      expect(email?.attrs.maxlength).toBe(String(TEXT_LIMITS.email.max));
    });

    it("shows no errors when there are none", () => {
      expect(html).not.toContain("aria-invalid");
      expect(html).not.toContain('class="summary"');
      expect(html).not.toContain('class="error-message"');
    });

    it(`posts role=${role} in a hidden field`, () => {
      expect(submittedFields(html).role).toEqual([role]);
    });
  });
});

describe("the mentor's capacity field", () => {
  it("is a whole number from 1 to 6", () => {
    const [capacity] = controlsNamed(page(MENTOR_FORM, "lv"), "capacity");
    expect(capacity?.attrs.type).toBe("number");
    expect(capacity?.attrs.min).toBe("1");
    expect(capacity?.attrs.max).toBe("6");
    expect(capacity?.attrs.step).toBe("1");
    expect("required" in (capacity?.attrs ?? {})).toBe(true);
  });
});

describe("errors", () => {
  /** Every visible field gets an error; each summary link must reach a real control. */
  const erroredFields = (form: FormDefinition) => visibleFields(form);
  const errorsFor = (form: FormDefinition): FieldErrors =>
    Object.fromEntries(
      erroredFields(form).map((field) => [field.name, `Problem with ${field.name}`]),
    );

  describe.each(Object.entries(FORMS))("on the %s form", (_role, form) => {
    const errors = errorsFor(form);
    const html = page(form, "en", errors);
    const ids = idsOf(html);

    it("lists every error in a summary whose links point at existing controls", () => {
      const summary = /<div class="summary"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
      expect(summary).not.toBe("");
      const targets = [...summary.matchAll(/href="#([^"]*)"/g)].map((m) => m[1] as string);
      expect(targets).toHaveLength(Object.keys(errors).length);
      const controlIds = controlsOf(html).map((control) => control.attrs.id);
      for (const target of targets) {
        expect(ids, target).toContain(target);
        expect(controlIds, target).toContain(target);
      }
    });

    it("links each summary entry to a control of its own field", () => {
      for (const field of erroredFields(form)) {
        const entry = new RegExp(
          `<a href="#([^"]*)">${escapeHtml(field.label.en).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `,
        ).exec(html);
        expect(entry, field.name).not.toBeNull();
        const target = controlsOf(html).find((control) => control.attrs.id === entry?.[1]);
        expect(target?.attrs.name, field.name).toBe(field.name);
      }
    });

    it("marks each field invalid and describes it by its error message", () => {
      const described = tagsOf(html, ["input", "select", "textarea", "fieldset"]);
      for (const field of erroredFields(form)) {
        const errorId = `f-${field.name}-error`;
        expect(ids, field.name).toContain(errorId);
        const message = new RegExp(
          `<p class="error-message" id="${errorId}">([\\s\\S]*?)</p>`,
        ).exec(html)?.[1];
        expect(message, field.name).toContain(`Problem with ${field.name}`);
        const owners = described.filter((tag) =>
          (tag.attrs["aria-describedby"] ?? "").split(" ").includes(errorId),
        );
        expect(owners, field.name).toHaveLength(1);
        expect(owners[0]?.attrs["aria-invalid"], field.name).toBe("true");
        for (const reference of (owners[0]?.attrs["aria-describedby"] ?? "").split(" ")) {
          expect(ids, `${field.name} describedby ${reference}`).toContain(reference);
        }
      }
      const invalid = described.filter((tag) => tag.attrs["aria-invalid"] === "true");
      expect(invalid).toHaveLength(erroredFields(form).length);
    });
  });

  it("the summary is announced and titled in the page's language", () => {
    const lv = page(MENTEE_FORM, "lv", { name: "Kļūda" });
    const en = page(MENTEE_FORM, "en", { name: "Problem" });
    expect(lv).toMatch(/<div class="summary" role="alert"/);
    const title = (html: string) => /<h2 id="summary-title">([^<]*)<\/h2>/.exec(html)?.[1];
    expect(title(lv)).toBeTruthy();
    expect(title(en)).toBeTruthy();
    expect(title(lv)).not.toBe(title(en));
  });

  it("the consent field with an error is marked invalid and described by the error", () => {
    const html = page(MENTEE_FORM, "lv", { consentToDataProcessing: "Piekrītiet" });
    const fieldset = tagsOf(html, ["fieldset"]).find((tag) =>
      (tag.attrs["aria-describedby"] ?? "").includes("f-consentToDataProcessing-error"),
    );
    expect(fieldset?.attrs["aria-invalid"]).toBe("true");
    expect(idsOf(html)).toContain("f-consentToDataProcessing-error");
  });

  it("an error for a field the form does not show is not rendered as a broken link", () => {
    const html = page(MENTEE_FORM, "en", { nonexistent: "oops" });
    expect(html).not.toContain("oops");
    expect(html).not.toContain('class="summary"');
  });
});

describe("typed values", () => {
  it("are kept in every kind of control", () => {
    const values: FormFields = {
      name: ["Līga Bērziņa"],
      email: ["liga@example.lv"],
      language: ["en"],
      institutionType: ["planning_region"],
      jobRole: ["teacher"],
      motivation: ["Gribu mācīties."],
      needTopics: ["ai", "cybersecurity"],
      availability: ["mon_morning", "fri_evening"],
      consentToDataProcessing: ["yes"],
    };
    const posted = submittedFields(page(MENTEE_FORM, "lv", {}, values));
    for (const [name, expected] of Object.entries(values)) {
      expect(posted[name], name).toEqual(expected);
    }
  });

  it("are kept for the mentor's number and yes/no fields", () => {
    const values = { capacity: ["4"], reverseMentoring: ["no"], sector: ["public"] };
    const posted = submittedFields(page(MENTOR_FORM, "en", {}, values));
    expect(posted.capacity).toEqual(["4"]);
    expect(posted.reverseMentoring).toEqual(["no"]);
    expect(posted.sector).toEqual(["public"]);
  });

  it("are escaped: a <script> typed by someone is shown as text, never as markup", () => {
    const script = '<script>alert("x")</script>';
    const html = page(
      MENTEE_FORM,
      "en",
      { motivation: `Bad: ${script}` },
      {
        name: [script],
        email: ['" autofocus onfocus="alert(1)'],
        motivation: [`</textarea>${script}`],
        role: ['mentee"><script>alert(2)</script>'],
      },
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<\/textarea><script/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    const [email] = controlsNamed(html, "email");
    expect(email?.attrs.value).toBe('" autofocus onfocus="alert(1)');
    expect(email?.attrs).not.toHaveProperty("onfocus");
    expect(email?.attrs).not.toHaveProperty("autofocus");
    // The browser would send back exactly what was typed.
    const posted = submittedFields(html);
    expect(posted.name).toEqual([script]);
    expect(posted.motivation).toEqual([`</textarea>${script}`]);
  });

  it("escapeHtml escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
    expect(escapeHtml("Bāriņtiesa")).toBe("Bāriņtiesa");
  });
});

const withSortedLists = (value: object) =>
  Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      Array.isArray(item) ? [...item].sort() : item,
    ]),
  );

describe("readFormFields", () => {
  const menteeVariants = {
    fixture: () => validMentee(),
    "role category none": () => validMentee({ roleCategory: "none", jobRole: undefined }),
    "another role": () =>
      validMentee({ roleCategory: "key", jobRole: "key_other", jobRoleOther: "Datu sargs" }),
    "with manager": () => validMentee({ managerEmail: "vaditajs@example.lv", language: "en" }),
  };
  for (const [name, make] of Object.entries(menteeVariants)) {
    it(`turns a posted mentee form (${name}) back into the application`, () => {
      const application = make();
      const value = readFormFields(MENTEE_FORM, toFields(toFormBody(application)));
      expect(applicationSchema.parse(value)).toEqual(application);
    });
  }

  const mentorVariants = {
    fixture: () => validMentor(),
    "not reverse": () => validMentor({ reverseMentoring: false, formats: ["team"], capacity: 6 }),
    "no role category": () => validMentor({ supportedRoleCategories: [] }),
  };
  for (const [name, make] of Object.entries(mentorVariants)) {
    it(`turns a posted mentor form (${name}) back into the application`, () => {
      const application = make();
      const value = readFormFields(MENTOR_FORM, toFields(toFormBody(application)));
      expect(value.capacity).toBe(application.capacity);
      expect(value.reverseMentoring).toBe(application.reverseMentoring);
      expect(applicationSchema.parse(value)).toEqual(application);
    });
  }

  it("a form rendered with posted values posts the same application again", () => {
    for (const [form, application] of [
      [
        MENTEE_FORM,
        validMentee({ roleCategory: "user", jobRole: "user_other", jobRoleOther: "Arhivārs" }),
      ],
      [MENTOR_FORM, validMentor({ reverseMentoring: false, formats: ["individual"] })],
    ] as const) {
      const html = page(form, "lv", {}, toFields(toFormBody(application)));
      const value = readFormFields(form, submittedFields(html));
      // A browser posts ticked boxes in the form's order, not in the order they were typed.
      expect(withSortedLists(applicationSchema.parse(value))).toEqual(withSortedLists(application));
    }
  });

  it("ignores names the form does not declare, so they are not unknown keys", () => {
    const fields = toFields(`${toFormBody(validMentor())}&isCoordinator=yes&status=eligible`);
    const value = readFormFields(MENTOR_FORM, fields);
    expect(value).not.toHaveProperty("isCoordinator");
    expect(value).not.toHaveProperty("status");
    expect(applicationSchema.safeParse(value).success).toBe(true);
  });

  it("blank answers become absent, so the schema reports them as missing", () => {
    const fields = toFields(toFormBody(validMentee()));
    fields.name = ["   "];
    fields.managerEmail = [""];
    const value = readFormFields(MENTEE_FORM, fields);
    expect(value.name).toBeUndefined();
    expect(value.managerEmail).toBeUndefined();
    const result = applicationSchema.safeParse(value);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["name"]);
  });

  it("a blank job role is absent, and the application is valid without it", () => {
    const fields = toFields(toFormBody(validMentee()));
    fields.jobRole = [""];
    const value = readFormFields(MENTEE_FORM, fields);
    expect(value.jobRole).toBeUndefined();
    expect(applicationSchema.safeParse(value).success).toBe(true);
  });

  it("an unticked consent is false, and a capacity that is not a number stays as typed", () => {
    const fields = toFields(toFormBody(validMentor()));
    delete fields.consentToDataProcessing;
    fields.capacity = ["three"];
    const value = readFormFields(MENTOR_FORM, fields);
    expect(value.consentToDataProcessing).toBe(false);
    expect(value.capacity).toBe("three");
    const result = applicationSchema.safeParse(value);
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "capacity",
      "consentToDataProcessing",
    ]);
  });

  it("the hidden role defaults to the form's own role", () => {
    const fields = toFields(toFormBody(validMentor()));
    delete fields.role;
    expect(readFormFields(MENTOR_FORM, fields).role).toBe("mentor");
  });

  it("unchecked checkbox groups become empty lists", () => {
    const fields = toFields(toFormBody(validMentee()));
    delete fields.needTopics;
    expect(readFormFields(MENTEE_FORM, fields).needTopics).toEqual([]);
  });
});
