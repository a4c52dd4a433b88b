import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createHandler as showApplicationForm } from "../../functions/api/show-application-form.js";
import { createHandler as verifyCertificate } from "../../functions/api/verify-certificate.js";
import type { Deps } from "../../functions/compose.js";
import { linkProblemPage } from "../../functions/forms/form-page.js";
import { createHandler as showForm } from "../../functions/forms/show-form.js";
import { createHandler as showGuide } from "../../functions/forms/show-guide.js";
import { type PageRequest, pageHandler } from "../../functions/http/page-handler.js";
import {
  MemoryMailDigests,
  MemoryRequestCounters,
} from "../../shared/adapters/memory/memory-limits.js";
import {
  ConflictError,
  DuplicateApplicationError,
  NotFoundError,
} from "../../shared/domain/errors.js";
import { DEFAULT_BUDGETS } from "../../shared/domain/limits/request-budgets.js";
import { linkRequestForm } from "../../shared/forms/form-pages.js";
import { readFormFields } from "../../shared/forms/read-form-fields.js";
import { localized } from "../../shared/i18n/localized.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";

/** Ports whose every method is a spy; reads answer "nothing there". */
function spyDeps() {
  const calls: string[] = [];
  const port = (name: string) =>
    new Proxy({} as Record<string, unknown>, {
      get: (_, key) =>
        typeof key === "string" && key !== "then"
          ? async () => {
              calls.push(`${name}.${key}`);
              return key.startsWith("list") ? [] : undefined;
            }
          : undefined,
    });
  const deps = {
    store: port("store"),
    workflowStore: port("workflowStore"),
    workflow: port("workflow"),
    mailer: port("mailer"),
    signer: { verify: async () => false, sign: async () => "signed" },
    clock: { now: () => new Date("2025-03-01T10:00:00Z") },
    counters: new MemoryRequestCounters(),
    budgets: DEFAULT_BUDGETS,
    digests: new MemoryMailDigests(),
    config: {
      contactEmail: "mentori@example.lv",
      coordinatorEmail: "koordinators@example.lv",
      baseUrl: "http://localhost:3000",
    },
  } as unknown as Deps;
  return { deps, calls };
}

const form = linkRequestForm("abc", "unknown");
const schema = z.strictObject({ link: z.string().min(5), email: z.email(), note: z.string() });
const ALREADY = localized("Jau ir.", "Already there.");

/** A POST page over the link request form: parse, then whatever `work` throws. */
const postPage = (deps: Deps, work: () => Promise<void> = async () => {}) =>
  pageHandler(
    () => deps,
    { method: "POST", budget: "formAnswers" },
    async (request) => {
      request.useForm({
        form,
        action: "/here",
        fallbackField: "email",
        errorsAtFields: [{ error: DuplicateApplicationError, field: "note", message: ALREADY }],
      });
      request.parse(schema, readFormFields(form, request.posted));
      await work();
      return request.page(200, { title: form.title, content: "<h1>ok</h1>" });
    },
  );

const getPage = (deps: Deps, handle: (request: PageRequest) => Promise<unknown>) =>
  pageHandler(
    () => deps,
    "GET",
    async (request) => {
      await handle(request);
      return request.page(200, { title: form.title, content: "<h1>ok</h1>" });
    },
  );

const post = (body: string, query: Record<string, string> = {}, headers = {}) =>
  httpEvent({
    path: "/here",
    body,
    contentType: "application/x-www-form-urlencoded",
    query,
    headers,
  });
const get = (path: string, query?: Record<string, string>) =>
  httpEvent({ method: "GET", path, query });

afterEach(() => vi.restoreAllMocks());

describe("page handler", () => {
  it("answers a zod error with the form, 400, the field errors and the language kept", async () => {
    const { deps } = spyDeps();
    const english = await invoke(
      postPage(deps),
      post("link=abcdef&email=nope&note=hi", { lang: "en" }),
    );
    expect(english.statusCode).toBe(400);
    expect(english.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toMatch(/id="f-email-error"[^>]*>.*Enter a valid e-mail address/);
    expect(english.body).toContain('value="nope"');
    expect(english.body).toContain('action="/here"');

    const latvian = await invoke(postPage(deps), post("link=abcdef&email=nope&note=hi"));
    expect(latvian.body).toContain('<html lang="lv">');
    expect(latvian.body).toContain("Ierakstiet derīgu e-pasta adresi");
    const browser = await invoke(
      postPage(deps),
      post("link=abcdef&email=nope&note=hi", {}, { "accept-language": "en-GB,lv;q=0.5" }),
    );
    expect(browser.body).toContain("Enter a valid e-mail address");
  });

  it("shows a hidden field's error at the fallback field", async () => {
    const { deps } = spyDeps();
    const answer = await invoke(postPage(deps), post("link=ab&email=a@b.lv&note=hi"));
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toMatch(/id="f-email-error"[^>]*>.*Ierakstiet vismaz 5 rakstzīmes/);
  });

  it("answers a domain error the form knows at its field, with its status", async () => {
    const { deps } = spyDeps();
    const answer = await invoke(
      postPage(deps, async () => {
        throw new DuplicateApplicationError();
      }),
      post("link=abcdef&email=a@b.lv&note=hi", { lang: "en" }),
    );
    expect(answer.statusCode).toBe(409);
    expect(answer.body).toMatch(/id="f-note-error"[^>]*>.*Already there\./);
  });

  it("answers other domain errors with the problem page of their status", async () => {
    const { deps } = spyDeps();
    const failing = (error: Error) =>
      postPage(deps, async () => {
        throw error;
      });
    const body = "link=abcdef&email=a@b.lv&note=hi";
    const missing = await invoke(failing(new NotFoundError("no form")), post(body, { lang: "en" }));
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain("<h1>The application could not be sent</h1>");
    expect(missing.body).toContain('<html lang="en">');
    const conflict = await invoke(failing(new ConflictError("already_done", "done")), post(body));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain("<h1>Pieteikumu neizdevās nosūtīt</h1>");
    // A page without a named form has no fields to show a validation error at.
    const invalid = await invoke(
      getPage(deps, async (request) => request.parse(z.object({ a: z.string() }), {})),
      get("/here", { lang: "en" }),
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain("<h1>The application could not be sent</h1>");
  });

  it("answers an expired link (gone) with 410 and the way to a new link", async () => {
    const { deps } = spyDeps();
    const handler = pageHandler(
      () => deps,
      "GET",
      async (request) => linkProblemPage(request, "expired", "f1.sig"),
    );
    const answer = await invoke(handler, get("/f/f1.sig", { lang: "en" }));
    expect(answer.statusCode).toBe(410);
    expect(answer.body).toContain("<h1>This link has expired</h1>");
    expect(answer.body).toContain('action="/link-requests?lang=en"');
    expect(answer.body).toContain('value="f1.sig"');
  });

  it("answers an unknown error with a 500 page that does not show it, and logs it", async () => {
    const { deps } = spyDeps();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = await invoke(
      postPage(deps, async () => {
        throw new Error("secret table name in a stack");
      }),
      post("link=abcdef&email=a@b.lv&note=hi", { lang: "en" }),
    );
    expect(answer.statusCode).toBe(500);
    expect(answer.body).toContain("Something went wrong on our side.");
    expect(answer.body).not.toContain("secret table name");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("secret table name"));
  });

  it("answers a body it cannot read with a problem page before the handler runs", async () => {
    const { deps } = spyDeps();
    const wrongType = httpEvent({ path: "/here", body: "{}", contentType: "application/json" });
    const answer = await invoke(postPage(deps), wrongType);
    expect(answer.statusCode).toBe(415);
    expect(answer.body).toContain("<h1>Pieteikumu neizdevās nosūtīt</h1>");
  });

  it("never writes on a GET: reads pass, a write is refused", async () => {
    const { deps, calls } = spyDeps();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const reads = await invoke(
      getPage(deps, async ({ deps }) => {
        await deps.store.getParticipant("p1");
        await deps.workflowStore.listLinkRequests("open");
      }),
      get("/here"),
    );
    expect(reads.statusCode).toBe(200);
    expect(calls).toEqual(["store.getParticipant", "workflowStore.listLinkRequests"]);

    for (const write of [
      (d: Deps) => d.store.suppressAddress({} as never),
      (d: Deps) => d.workflowStore.countReminder("f1", 1),
      (d: Deps) => d.mailer.send({} as never),
      (d: Deps) => d.workflow.start("r1", {}),
    ]) {
      const refused = await invoke(
        getPage(deps, async (request) => write(request.deps)),
        get("/here"),
      );
      expect(refused.statusCode).toBe(500);
    }
    expect(calls).toHaveLength(2);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("a GET page may not write"));
  });

  it("the GET pages read at most and never write", async () => {
    const { deps, calls } = spyDeps();
    const link = "f_0123456789.abcdefghijklmnopqrstuv";
    const pages = [
      [showApplicationForm, get("/apply", { role: "mentor", lang: "en" }), 200],
      [showGuide, httpEvent({ method: "GET", path: "/guide/x" }), 404],
      [showForm, httpEvent({ method: "GET", path: `/f/${link}` }), 404],
      [verifyCertificate, httpEvent({ method: "GET", path: "/certificates/x" }), 404],
    ] as const;
    for (const [create, event, status] of pages) {
      const answer = await invoke(
        create(() => deps),
        {
          ...event,
          pathParameters: { guide: "x", link, certificateId: "x" },
        },
      );
      expect(answer.statusCode).toBe(status);
    }
    // The application page reads the cohorts (between intakes it offers the waiting list).
    expect(calls).toEqual(["store.listCohorts", "workflowStore.getForm"]);
  });
});
