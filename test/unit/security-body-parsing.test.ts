import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { HttpEvent } from "../../functions/http/http-event.js";
import { parseBody } from "../../functions/http/parse-body.js";
import { parseInput } from "../../functions/http/parse-input.js";
import { ValidationError } from "../../shared/domain/errors.js";
import { planAnswerSchema } from "../../shared/domain/forms/plan-form.js";
import { linkRequestForm } from "../../shared/forms/form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { applicationSchema } from "../../shared/schemas/application.js";
import { linkRequestInputSchema } from "../../shared/schemas/link-request.js";
import { hasControlCharacter, oneLine } from "../../shared/schemas/one-line.js";
import { validMentee } from "../fixtures/applications.js";
import { httpEvent } from "../fixtures/http-events.js";

/** Names every plain object inherits: a parser that indexes `{}` by them finds functions. */
const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

const parsed = async (kind: "json" | "form", body: string): Promise<unknown> => {
  const handler = middy<HttpEvent, unknown>()
    .use(parseBody(kind))
    .handler(async (event) => event.parsedBody);
  const contentType = kind === "json" ? "application/json" : "application/x-www-form-urlencoded";
  return handler(httpEvent({ body, contentType }) as HttpEvent, {} as Context);
};

describe("attacker: field names that every object inherits", () => {
  it("a form body keeps them as ordinary fields, in an object without a prototype", async () => {
    const body = [...INHERITED.map((name) => `${name}=x`), "__proto__=y", "name=Anna"].join("&");
    const fields = (await parsed("form", body)) as Record<string, string[]>;
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(fields.constructor).toEqual(["x"]);
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")?.value).toEqual(["x", "y"]);
    expect(fields.toString).toEqual(["x"]);
    expect(fields.hasOwnProperty).toEqual(["x"]);
    expect(fields.name).toEqual(["Anna"]);
    // Nothing leaked onto the objects everyone else builds.
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("a name a form does not declare is read as absent, an inherited one too", async () => {
    const fields = (await parsed("form", "constructor=a&toString=b&hasOwnProperty=c")) as Record<
      string,
      string[]
    >;
    const form = linkRequestForm("", "unknown");
    expect(readFormFields(form, fields)).toEqual({
      link: "",
      email: undefined,
      note: undefined,
    });
    // An ordinary object indexed by a declared name must not find inherited members either.
    expect(() => readFormFields(form, {})).not.toThrow();
  });

  it("a JSON body with them parses; the schema names each as an unknown field", async () => {
    const body = JSON.stringify({
      ...validMentee(),
      constructor: { prototype: { polluted: true } },
      toString: "x",
      hasOwnProperty: "y",
    }).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const input = await parsed("json", body);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const error = (() => {
      try {
        parseInput(applicationSchema, input, "en");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual([
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "toString",
    ]);
  });

  it("a JSON body that is only `__proto__` is refused as a client error", async () => {
    const input = await parsed("json", '{"__proto__":{"role":"mentee"}}');
    expect(() => parseInput(linkRequestInputSchema, input, "lv")).toThrow(ValidationError);
  });
});

describe("attacker: control characters in one-line fields", () => {
  const NAME = "Jānis Ozoliņš";
  it.each([
    ["CR LF", `${NAME}\r\nBcc: x@example.lv`],
    ["LF", `Jānis\nOzoliņš`],
    ["NUL", `Jānis\u0000Ozoliņš`],
    ["ESC", `Jānis\u001b[31mOzoliņš`],
    ["tab inside", `Jānis\tOzoliņš`],
    ["DEL", `Jānis\u007fOzoliņš`],
    ["a C1 control", `Jānis\u0085Ozoliņš`],
    ["a line separator", `Jānis\u2028Ozoliņš`],
  ])("refuses %s in a name, naming the field in Latvian and English", (_what, name) => {
    const input = validMentee({ name });
    const result = applicationSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const [language, text] of [
      ["lv", /vienā rindā.*vadības rakstzīmēm/],
      ["en", /one line.*control characters/],
    ] as const) {
      const issues = explainIssues(result.error, input, language);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path: "name", code: "control_characters" });
      expect(issues[0]?.message).toMatch(text);
    }
  });

  it("keeps names with Latvian letters, inner spaces, apostrophes and hyphens", () => {
    for (const name of [NAME, "Anna-Marija O'Konore", "  Līga  Bērziņa  "]) {
      expect(applicationSchema.safeParse(validMentee({ name })).success).toBe(true);
    }
    // Leading and trailing white space, tabs included, is trimmed away before the check.
    expect(oneLine().parse("\tĒriks\t")).toBe("Ēriks");
  });

  it("guards every one-line field of an application and of a link request", () => {
    for (const field of ["email", "institutionName", "position", "teamName", "jobRoleOther"]) {
      const value = field === "email" ? "liga@example.lv\r\nBcc: x@example.lv" : "Ab\r\ncd";
      const input = { ...validMentee(), [field]: value };
      const result = applicationSchema.safeParse(input);
      expect(result.success, field).toBe(false);
      if (!result.success)
        expect(result.error.issues.map((i) => i.path.join("."))).toContain(field);
    }
    const link = linkRequestInputSchema.safeParse({
      link: "abc\r\ndef",
      email: "a@b.lv\r\nBcc: c@d.lv",
    });
    expect(link.success).toBe(false);
    if (!link.success) {
      expect(link.error.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
        "email",
        "link",
      ]);
    }
  });

  it("guards a plan's goal, a one-line field of a workflow form", () => {
    const result = planAnswerSchema.safeParse({ goal1: "Ieviest paneli\r\nBcc: x@example.lv" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const goal = result.error.issues.filter((issue) => issue.path.join(".") === "goal1");
    expect(goal).toEqual([expect.objectContaining({ params: { reason: "control_characters" } })]);
  });

  it("finds every C0 control character, and none in ordinary punctuation", () => {
    for (let code = 0; code < 0x20; code++) {
      const character = String.fromCharCode(code);
      expect(hasControlCharacter(`a${character}b`), `U+${code.toString(16)}`).toBe(true);
    }
    expect(hasControlCharacter("Līga Bērziņa, 'x' - \"y\" (z)")).toBe(false);
  });
});
