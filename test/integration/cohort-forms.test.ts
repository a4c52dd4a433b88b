import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as markHandler } from "../../functions/console/mark-seminar-attendance.js";
import { createHandler as summaryHandler } from "../../functions/console/show-cohort-answer-summary.js";
import { createHandler as attendanceHandler } from "../../functions/console/show-seminar-attendance.js";
import { createHandler as showHandler } from "../../functions/forms/show-cohort-form.js";
import { createHandler as submitHandler } from "../../functions/forms/submit-cohort-form.js";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import { signCohortFormLink } from "../../shared/domain/cohort-forms/cohort-form-link.js";
import { createCohort } from "../../shared/domain/cohorts/edit-cohort.js";
import type { CohortInput } from "../../shared/schemas/cohort.js";
import type { CohortFormKind } from "../../shared/schemas/cohort-answer.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

/**
 * The cohort forms' public pages and the seminar attendance routes on DynamoDB Local: a
 * signed link shows its form and changes nothing, a POST keeps the answer (and a second
 * replaces it), a forged, expired or junk link and a bad answer change nothing and get a
 * readable page, and the coordinator's attendance routes refuse what is not the round's.
 */

let table: Awaited<ReturnType<typeof createTestTable>>;
let cohortId: string;
let laterCohortId: string;
let menteeId: string;
let mentorId: string;
const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

/** A round whose intake is open and whose seminar was yesterday (attendance can be marked). */
const round = (from: number, seminar: number, name: string): CohortInput => ({
  name: { lv: `${name} kārta`, en: `${name} round` },
  intakeOpensAt: iso(from),
  intakeClosesAt: iso(from + 15),
  seminar: { at: iso(seminar), minutes: 90, place: "Rīga, Smilšu iela 1" },
  matchingBy: iso(from + 20),
  kickoffAt: iso(from + 25),
  endsAt: iso(from + 200),
  formats: ["individual"],
  targets: { mentees: 10, mentors: 5 },
});

beforeAll(async () => {
  table = await createTestTable();
  cohortId = (await createCohort(table.deps, round(-10, -1, "Ziema"), "anna")).cohortId;
  menteeId = (await table.applyConfirmed(validMentee())).participantId;
  mentorId = (await table.applyConfirmed(validMentor({ capacity: 2 }))).participantId;
  laterCohortId = (await createCohort(table.deps, round(30, 40, "Vasara"), "anna")).cohortId;
});

const link = (
  kind: CohortFormKind,
  participantId = menteeId,
  days = 5,
  signer = table.deps.signer,
) =>
  signCohortFormLink(signer, { cohortId, participantId, kind }, new Date(Date.now() + days * DAY));
const page = (method: "GET" | "POST", token: string, body?: string, contentType?: string) => {
  const event = httpEvent({
    method,
    path: `/cohort-forms/${token}`,
    query: { lang: "en" },
    ...(body === undefined
      ? {}
      : { body, contentType: contentType ?? "application/x-www-form-urlencoded" }),
  });
  event.pathParameters = { link: token };
  return invoke(
    (method === "GET" ? showHandler : submitHandler)(() => table.deps),
    event,
  );
};
/** Every item but the request counters (a POST spends its client's budget first). */
const items = async () =>
  JSON.stringify(
    (await table.scanAll())
      .filter((item) => !String(item.pk).startsWith("COUNTER#"))
      .sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`)),
  );
const answers = () => table.store.listCohortAnswers(cohortId);

describe("GET and POST /cohort-forms/{link}", () => {
  it("shows the form of a valid link and changes nothing", async () => {
    const before = await items();
    const answer = await page("GET", await link("survey_halfway"));
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^text\/html/);
    expect(answer.body).toContain('<html lang="en">');
    expect(answer.body).toContain("Ziema round");
    expect(answer.body).toMatch(/name="satisfaction"[^>]*min="1" max="10"/);
    expect(await items()).toBe(before);
  });

  it("keeps the answer of a POST, shows it on the next GET, and replaces it with the next", async () => {
    const token = await link("survey_halfway");
    const first = await page("POST", token, "satisfaction=8&recommend=9&comment=Paldies");
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain("Thank you, we have your answer");
    expect(await answers()).toEqual([
      expect.objectContaining({
        participantId: menteeId,
        kind: "survey_halfway",
        answers: { satisfaction: 8, recommend: 9, comment: "Paldies" },
      }),
    ]);
    const shown = await page("GET", token);
    expect(shown.body).toContain("You answered on");
    expect(shown.body).toMatch(/name="satisfaction" value="8"/);
    const second = await page("POST", token, "satisfaction=6&recommend=7");
    expect(second.body).toContain("Your earlier answer has been replaced by this one.");
    expect((await answers()).map((a) => a.answers)).toEqual([{ satisfaction: 6, recommend: 7 }]);
  });

  it("answers a bad answer with a readable 400 naming the field, and keeps nothing", async () => {
    const before = await items();
    const answer = await page("POST", await link("survey_halfway"), "satisfaction=11&recommend=x");
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('<div class="summary" role="alert"');
    expect(answer.body).toContain('id="f-satisfaction-error"');
    expect(answer.body).toContain('id="f-recommend-error"');
    const mentorAgain = await page("POST", await link("mentor_again", mentorId), "again=yes");
    expect(mentorAgain.statusCode).toBe(400);
    expect(mentorAgain.body).toContain('id="f-places-error"');
    const json = await page(
      "POST",
      await link("survey_end"),
      '{"satisfaction":1}',
      "application/json",
    );
    expect(json.statusCode).toBe(415);
    expect(await items()).toBe(before);
  });

  it("gives forged, expired, foreign-key and junk links their page, and changes nothing", async () => {
    const before = await items();
    const valid = await link("seminar_attendance");
    const forged = `${valid.slice(0, -2)}${valid.endsWith("AA") ? "BB" : "AA"}`;
    const otherKey = await link(
      "seminar_attendance",
      menteeId,
      5,
      new HmacSigner(["another-key-entirely-16"]),
    );
    const wrongRole = await link("count_me_in", menteeId);
    for (const token of [
      forged,
      otherKey,
      wrongRole,
      "x",
      "coh_1.p_1.x.1.y",
      "%00",
      "a".repeat(500),
    ]) {
      for (const method of ["GET", "POST"] as const) {
        const answer = await page(method, token, method === "POST" ? "attending=yes" : undefined);
        expect(answer.statusCode, `${method} ${token}`).toBe(404);
        expect(answer.body).toContain("This link is not valid");
      }
    }
    const expired = await link("seminar_attendance", menteeId, -1);
    for (const method of ["GET", "POST"] as const) {
      const answer = await page(method, expired, method === "POST" ? "attending=yes" : undefined);
      expect(answer.statusCode).toBe(410);
      expect(answer.body).toContain("This link has expired");
    }
    expect(await items()).toBe(before);
  });
});

const consoleCall = (
  handler: typeof markHandler,
  method: string,
  path: string,
  id: string,
  body?: unknown,
  headers: Record<string, string> = auth,
) => {
  const event = httpEvent({
    method,
    path,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: "application/json" }),
  });
  event.pathParameters = { cohortId: id };
  return invoke(
    handler(() => table.deps),
    event,
  );
};
const mark = (body: unknown, id = cohortId) =>
  consoleCall(markHandler, "POST", `/api/console/cohorts/${id}/attendance`, id, body);

describe("the seminar attendance and summary routes", () => {
  it("list the round's eligible applicants with their answers", async () => {
    await page("POST", await link("seminar_attendance", mentorId), "attending=no");
    const answer = await consoleCall(attendanceHandler, "GET", "/", cohortId);
    expect(answer.statusCode).toBe(200);
    const view = JSON.parse(answer.body);
    expect(view.started).toBe(true);
    expect(view.items).toEqual([
      expect.objectContaining({
        participantId: mentorId,
        role: "mentor",
        answer: "no",
        attended: false,
      }),
      expect.objectContaining({
        participantId: menteeId,
        role: "mentee",
        answer: "none",
        attended: false,
      }),
    ]);
  });

  it("refuse ids that are not the round's, a bad body and a seminar still ahead; then mark", async () => {
    const before = await items();
    const stranger = await mark({ attended: [menteeId, "p_nobody000000000000000000"] });
    expect(stranger.statusCode).toBe(400);
    expect(JSON.parse(stranger.body).issues).toEqual([
      expect.objectContaining({ path: "attended.1", code: "not_in_cohort" }),
    ]);
    for (const body of [{}, { attended: "p_1" }, { attended: [1] }, { attended: [], extra: 1 }]) {
      const answer = await mark(body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.parse(answer.body).issues[0].path).toMatch(/^attended|^extra|^$/);
    }
    expect((await mark({ attended: [] }, laterCohortId)).statusCode).toBe(409);
    expect((await mark({ attended: [] }, "coh_missing")).statusCode).toBe(404);
    const anonymous = await consoleCall(markHandler, "POST", "/", cohortId, { attended: [] }, {});
    expect(anonymous.statusCode).toBe(401);
    expect(await items()).toBe(before);

    const marked = await mark({ attended: [menteeId] });
    expect(marked.statusCode).toBe(200);
    expect((await table.store.getCohort(cohortId))?.seminarAttended).toEqual([menteeId]);
  });

  it("summarise the surveys without a word of their comments", async () => {
    await page(
      "POST",
      await link("survey_end", mentorId),
      "satisfaction=9&recommend=10&comment=Ļoti+labi",
    );
    const answer = await consoleCall(summaryHandler, "GET", "/", cohortId);
    expect(answer.statusCode).toBe(200);
    const summary = JSON.parse(answer.body);
    expect(summary.surveys.survey_halfway.count).toBe(1);
    expect(summary.surveys.survey_end).toMatchObject({ count: 1, comments: 1 });
    expect(summary.surveys.survey_end.satisfaction).toEqual({ value: null, hidden: true });
    expect(summary.counts.seminar_attendance).toEqual({ count: 1, choices: { no: 1 } });
    expect(answer.body).not.toMatch(/Paldies|Ļoti/);
  });
});
