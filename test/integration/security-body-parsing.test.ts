import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as createApplication } from "../../functions/api/create-application.js";
import { createHandler as submitApplicationForm } from "../../functions/api/submit-application-form.js";
import { createHandler as requestNewLink } from "../../functions/forms/request-new-link.js";
import { createHandler as submitForm } from "../../functions/forms/submit-form.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { approveProposal } from "../../shared/domain/decide-proposal.js";
import { requestForm } from "../../shared/domain/workflow/request-form.js";
import { toFormBody, validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { createTestTable } from "./test-table.js";

/**
 * The attacker's bodies on the real handlers and DynamoDB Local: names every JavaScript
 * object inherits, and control characters in one-line fields. A client error every time,
 * never a 5xx, and nothing stored but the request counters.
 */
let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});

const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty"];
const inheritedFields = INHERITED.map((name) => `${encodeURIComponent(name)}=x`).join("&");

const FORM = "application/x-www-form-urlencoded";
const post = (
  handler: ReturnType<typeof createApplication>,
  path: string,
  body: string,
  contentType = FORM,
) => invoke(handler, httpEvent({ path, body, contentType, query: { lang: "en" } }));

/** What the table holds besides the request counters every request writes. */
const stored = async () =>
  (await table.scanAll()).filter((item) => item.itemType !== "request-counter");

describe("attacker: inherited names as form and JSON fields", () => {
  it("every public form route answers them as a client or a normal answer, never a 5xx", async () => {
    const deps = () => table.deps;
    const routes = [
      [submitApplicationForm(deps), "/apply"],
      [requestNewLink(deps), "/link-requests"],
      [submitForm(deps), "/f/frm_unknown.signature"],
    ] as const;
    for (const [handler, path] of routes) {
      for (const body of [
        inheritedFields,
        `role=mentee&${inheritedFields}`,
        `${inheritedFields}&${inheritedFields}`,
      ]) {
        const answer = await post(handler, path, body);
        expect(answer.statusCode, `${path} ${body}`).toBeGreaterThanOrEqual(200);
        expect(answer.statusCode, `${path} ${body}`).toBeLessThan(500);
        expect(answer.headers["content-type"]).toMatch(/^text\/html/);
      }
    }
    const json = createApplication(deps);
    for (const name of INHERITED) {
      const body = JSON.stringify(validMentee()).replace(/^\{/, `{"${name}":{"polluted":true},`);
      const answer = await post(json, "/api/applications", body, "application/json");
      expect(answer.statusCode).toBe(400);
      const problem = JSON.parse(answer.body);
      expect(problem.issues).toEqual([
        { path: name, message: "Unknown field.", code: "unrecognized_keys" },
      ]);
    }
    expect(await stored()).toEqual([]);
  });

  it("a valid application with inherited names besides is taken, the extra names ignored", async () => {
    const handler = submitApplicationForm(() => table.deps);
    const application = validMentor();
    const answer = await post(handler, "/apply", `${toFormBody(application)}&${inheritedFields}`);
    expect(answer.statusCode).toBe(202);
    const written = await stored();
    expect(JSON.stringify(written)).toContain(application.email);
    expect(JSON.stringify(written)).not.toContain("polluted");
  });
});

/** A consent form the workflow waits for, and the signed link its mail carries. */
async function openConsentLink(): Promise<string> {
  const deps = table.deps;
  const mentee = await table.applyConfirmed(validMentee({ preferredFormats: ["individual"] }));
  const mentor = await table.applyConfirmed(validMentor({ formats: ["individual"], capacity: 3 }));
  const run = await createMatchingRun(
    deps,
    { participantIds: [mentee.participantId, mentor.participantId], minimumScore: 0 },
    "c1",
  );
  const proposal = run.proposals[0];
  if (!proposal) throw new Error("no proposal");
  const { relationshipId } = await approveProposal(deps, proposal.proposalId, "c1");
  const before = table.mailer.sent.length;
  await requestForm(deps, {
    taskToken: "token-consent",
    relationshipId: relationshipId as string,
    participantId: mentee.participantId,
    kind: "consent",
    stepKey: "consent#1",
    mode: "ask",
    state: "test",
  });
  const link = table.mailer.sent
    .slice(before)
    .flatMap((mail) => mail.links ?? [])
    .find((l) => l.includes("/f/"));
  if (!link) throw new Error("no form link");
  return decodeURIComponent(new URL(link).pathname.slice("/f/".length));
}

describe("attacker: inherited names on an open workflow form", () => {
  it("POST /f/{link} shows the form again with its errors and keeps it open", async () => {
    const link = await openConsentLink();
    const handler = submitForm(() => table.deps);
    const answer = (body: string) =>
      invoke(handler, {
        ...httpEvent({ path: `/f/${link}`, body, contentType: FORM, query: { lang: "en" } }),
        pathParameters: { link },
      });
    const poisoned = await answer(inheritedFields);
    expect(poisoned.statusCode).toBe(400);
    expect(poisoned.body).toContain('id="f-decision-error"');
    // The same link still takes the answer: the poisoned post changed nothing.
    const accepted = await answer(`decision=accept&${inheritedFields}`);
    expect(accepted.statusCode).toBe(200);
  });
});

describe("attacker: control characters in a name", () => {
  const NAMES = [
    ["CR LF", "Līga Bērziņa\r\nBcc: visi@example.lv"],
    ["LF", "Līga\nBērziņa"],
    ["NUL", "Līga\u0000Bērziņa"],
  ] as const;

  it.each(NAMES)(
    "%s: the JSON intake answers 400 at `name` and stores nothing",
    async (_, name) => {
      const before = await stored();
      const sentBefore = table.mailer.sent.length;
      const application = validMentee({ name });
      const answer = await post(
        createApplication(() => table.deps),
        "/api/applications",
        JSON.stringify(application),
        "application/json",
      );
      expect(answer.statusCode).toBe(400);
      expect(JSON.parse(answer.body).issues).toEqual([
        {
          path: "name",
          message: "Write it on one line, without line breaks or control characters.",
          code: "control_characters",
        },
      ]);
      expect(await stored()).toEqual(before);
      expect(table.mailer.sent.length).toBe(sentBefore);
      expect(JSON.stringify(await table.scanAll())).not.toContain(application.email);
    },
  );

  it.each(NAMES)("%s: the HTML form comes back with the error at the name", async (_, name) => {
    const before = await stored();
    const application = validMentee({ name });
    const answer = await invoke(
      submitApplicationForm(() => table.deps),
      httpEvent({ path: "/apply", body: toFormBody(application), contentType: FORM }),
    );
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('id="f-name-error"');
    expect(answer.body).toContain(
      "Ierakstiet tekstu vienā rindā, bez rindiņu pārnesumiem un vadības rakstzīmēm.",
    );
    expect(await stored()).toEqual(before);
    expect(JSON.stringify(await table.scanAll())).not.toContain(application.email);
  });
});
