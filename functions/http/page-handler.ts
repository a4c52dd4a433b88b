import middy from "@middy/core";
import type { z } from "zod";
import { DomainError, type IssueDetail, ValidationError } from "../../shared/domain/errors.js";
import type { BudgetName } from "../../shared/domain/limits/request-budgets.js";
import type { FormDefinition, FormFields } from "../../shared/forms/form-definition.js";
import { type FieldErrors, renderForm } from "../../shared/forms/render-form.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { type Language, type Localized, languageSchema } from "../../shared/i18n/localized.js";
import type { Deps } from "../compose.js";
import { checkOrigin } from "./check-origin.js";
import { handleErrors } from "./handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "./http-event.js";
import { limitClients } from "./limit-clients.js";
import { mapError } from "./map-error.js";
import { parseBody } from "./parse-body.js";
import { parseInput } from "./parse-input.js";
import { pickLanguage } from "./pick-language.js";
import { readOnlyDeps } from "./read-only-deps.js";
import { renderProblemPage } from "./render-problem-page.js";

/** What a page shows inside the frame every participant page shares. */
export interface PageView {
  title: Localized;
  content: string;
  /** Link to the same page in the other language, when there is one. */
  otherLanguageHref?: string;
  /** The page's language when it is not the request's (a form link's own language). */
  language?: Language;
  /** Headers besides those every page has. */
  headers?: Record<string, string>;
}

/** The form a POST answers: where its errors come back, next to their fields. */
export interface FormView {
  form: FormDefinition;
  action: string;
  /** Where an issue is shown that has no visible field (the whole body, a hidden field). */
  fallbackField: string;
  lead?: string;
  language?: Language;
  /** Domain errors this form answers at one of its fields (e.g. already applied: e-mail). */
  errorsAtFields?: ReadonlyArray<{
    error: new (...args: never[]) => DomainError;
    field: string;
    message: Localized;
  }>;
}

export interface PageRequest {
  event: HttpEvent;
  /** On a GET, a view that refuses every write. */
  deps: Deps;
  /** `?lang=`, else the browser's first language we speak, else Latvian. */
  language: Language;
  /** Only what `?lang=` asked for: a form link falls back to its person's language. */
  askedLanguage: Language | undefined;
  query: Record<string, string | undefined>;
  path: Record<string, string | undefined>;
  /** The posted form fields; empty on a GET. */
  posted: FormFields;
  page(status: number, view: PageView): HttpResult;
  /** Names the form this request answers: from here on a ValidationError comes back on it. */
  useForm(view: FormView): FormView;
  /** zod parse of what the form posted, explained in the form's language. */
  parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T>;
  /** A zod error a use case returned, answered like a failed parse. */
  reject(error: z.ZodError, input: unknown): never;
  /** The form again, with what was posted and the given errors. */
  formPage(status: number, errors: FieldErrors): HttpResult;
}

/** The first problem of a field is the one shown; a hidden field's goes to the fallback. */
export function fieldErrors(
  form: FormDefinition,
  issues: readonly IssueDetail[],
  fallbackField: string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path.split(".")[0] || fallbackField] ??= issue.message;
  for (const field of form.sections.flatMap((section) => section.fields)) {
    const hidden = field.kind === "hidden" ? errors[field.name] : undefined;
    if (hidden) errors[fallbackField] ??= hidden;
  }
  return errors;
}

function pageRequest(event: HttpEvent, deps: Deps, posted: FormFields) {
  const asked = languageSchema.safeParse(event.queryStringParameters?.lang);
  let current: FormView | undefined;
  const formLanguage = () => current?.language ?? request.language;
  const request: PageRequest = {
    event,
    deps,
    language: pickLanguage(event),
    askedLanguage: asked.success ? asked.data : undefined,
    query: event.queryStringParameters ?? {},
    path: event.pathParameters ?? {},
    posted,
    page: (status, view) => {
      const page = html(
        status,
        renderPage({
          language: view.language ?? request.language,
          title: view.title,
          content: view.content,
          otherLanguageHref: view.otherLanguageHref,
          contactEmail: deps.config.contactEmail,
        }),
      );
      return view.headers ? { ...page, headers: { ...page.headers, ...view.headers } } : page;
    },
    useForm: (view) => {
      current = view;
      return view;
    },
    parse: (schema, input) => parseInput(schema, input, formLanguage()),
    reject: (error, input) => {
      throw new ValidationError(explainIssues(error, input, formLanguage()));
    },
    formPage: (status, errors) => {
      if (!current) throw new Error("formPage needs useForm first");
      const language = formLanguage();
      const { form, action, lead } = current;
      return request.page(status, {
        language,
        title: form.title,
        content: renderForm(form, { language, action, values: posted, errors, lead }),
      });
    },
  };
  return { request, namedForm: () => current };
}

/** A domain error while a form is answered comes back on the form, if the form has a place. */
function answerOnForm(request: PageRequest, view: FormView, error: unknown) {
  if (!(error instanceof DomainError)) return undefined;
  const { status } = mapError(error);
  if (error instanceof ValidationError)
    return request.formPage(status, fieldErrors(view.form, error.issues, view.fallbackField));
  const known = view.errorsAtFields?.find((entry) => error instanceof entry.error);
  if (!known) return undefined;
  return request.formPage(status, {
    [known.field]: known.message[view.language ?? request.language],
  });
}

/**
 * A page's method. A POST names the budget its clients spend (request-budgets.ts): every
 * public POST is limited per client, and a new one cannot be written without saying how.
 */
export type PageMethod = "GET" | { method: "POST"; budget: BudgetName };

/**
 * Every HTML route: a request that did not come through CloudFront is a 403 (check-origin.ts);
 * a POST counts against its client's budget (429 page with Retry-After), then reads its
 * form-urlencoded body (413, 415, 400 as problem pages), a GET gets dependencies that refuse
 * writes (mail scanners open links too). Errors on the named form come back on it; any
 * other error is a problem page with the status map-error gives it, and a 500 is logged
 * with its stack but never shown.
 */
export function pageHandler(
  deps: () => Deps,
  method: PageMethod,
  handle: (request: PageRequest) => Promise<HttpResult>,
) {
  const base = middy<HttpEvent, HttpResult>()
    .use(checkOrigin())
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)));
  const post = method !== "GET";
  const routed = post ? base.use(limitClients(deps, method.budget)).use(parseBody("form")) : base;
  return routed.handler(async (event) => {
    const posted = post ? (event.parsedBody as FormFields) : {};
    const { request, namedForm } = pageRequest(
      event,
      method === "GET" ? readOnlyDeps(deps()) : deps(),
      posted,
    );
    try {
      return await handle(request);
    } catch (error) {
      const view = namedForm();
      const answer = view && answerOnForm(request, view, error);
      if (answer) return answer;
      throw error;
    }
  });
}
