import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startLocalServer } from "../../infra/local/spawn-local-system.js";
import { uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { consoleBrowser } from "./console/console-browser.js";
import { type Mail, programmeClient } from "./programme-client.js";

/**
 * One whole small programme round over HTTP and the mailbox, on a server of its own whose
 * clock stands still (LOCAL_CLOCK_SPEED=0) and moves only when the test says: the waiting
 * list hears of the intake, three mentees and a mentor apply, the seminar is invited,
 * answered and marked, one cohort matching run places two mentees, the third is told "not
 * this round", the halfway survey is answered, the planned end nudges the relationships,
 * the stragglers' question is decided in the console's API, the end survey and the
 * community questions go out, and the funder's report arrives with both PDFs. Then a next
 * round is planned: the mentor is re-invited from the mentor community page and counts
 * themselves in, and a mentee of the first round applies as a mentor to it, confirms, and
 * is the same participant in the new role while the first round still counts them. On the way,
 * each new console section and the public pages of the round go through axe-core in
 * Chromium (0 violations), in Latvian and English.
 */

const DAY = 86_400_000;
const COORDINATOR = "koordinators@example.lv";
let server: RunningServer;
let client: ReturnType<typeof programmeClient>;
let token = "";
const ui = consoleBrowser({ screenshotPrefix: "cohort-round-" });
let page: Page;

const name = { lv: "Ziemas kārta", en: "Winter round" };
let start = 0;
let cohortId = "";
const waiting = uniqueEmail("gaida");
const mentees = ["Līga Bērziņa", "Anna Kalniņa", "Ērika Liepa"].map((name, i) =>
  validMentee({ name, email: uniqueEmail(`kartas-${i}`), preferredFormats: ["individual"] }),
);
const mentor = validMentor({
  email: uniqueEmail("kartas-mentors"),
  formats: ["individual"],
  capacity: 2,
});
const ids = new Map<string, string>();

/** The clock to `start + days`, in one step. */
async function advanceTo(days: number) {
  const now = Date.parse((await client.clock()).now);
  const seconds = Math.ceil((start + days * DAY - now) / 1000);
  if (seconds > 0) await client.advance(`PT${seconds}S`);
}

interface CohortBody {
  stage: string;
  events: { type: string }[];
  escalations: { escalationId: string; reason: string; status: string }[];
  counts: { applicants: { mentees: number; mentors: number }; placedMentees: number };
}
const cohort = async () =>
  (await client.console<CohortBody>(`/api/console/cohorts/${cohortId}`)).body;
const waitForEvent = (type: string, timeoutMs = 60_000) =>
  client.waitFor(
    `cohort event ${type}`,
    async () => (await cohort()).events.some((e) => e.type === type),
    timeoutMs,
  );
const cohortFormLink = (mail: Mail, kind: string) => {
  const link = mail.links.find((l) => l.includes("/cohort-forms/") && l.includes(`.${kind}.`));
  if (!link) throw new Error(`no ${kind} link in "${mail.subject}"`);
  return link;
};
const mailWith = (email: string, kind: string) =>
  client.waitFor(
    `a ${kind} link to ${email}`,
    async () =>
      (await client.mailTo(email)).find((m) =>
        m.links.some((l) => l.includes("/cohort-forms/") && l.includes(`.${kind}.`)),
      ),
    60_000,
  );

/** The console page of the cohort at a tab, once `ready` shows; then axe. */
async function checkTab(tab: string, ready: string, shot: string) {
  const query = tab === "overview" ? "" : `?tab=${tab}`;
  await page.goto(`${client.base}/console/cohorts/${cohortId}${query}`);
  await page.getByTestId(ready).waitFor();
  await ui.checkPage(shot);
}

beforeAll(async () => {
  server = await startLocalServer({ env: { LOCAL_CLOCK_SPEED: "0" } });
  token = readFileSync(join(server.localDir, "coordinator-token"), "utf8").trim();
  client = programmeClient(server.baseUrl, token);
  page = ui.page;
  // The console keeps the token in sessionStorage: signed in before its first page.
  await page.context().addInitScript((value) => {
    const web = globalThis as unknown as {
      sessionStorage: { setItem(key: string, value: string): void };
      localStorage: {
        getItem(key: string): string | null;
        setItem(key: string, value: string): void;
      };
    };
    web.sessionStorage.setItem("console.token", value);
    // Latvian first; a later switch to English stays.
    if (!web.localStorage.getItem("console.language"))
      web.localStorage.setItem("console.language", "lv");
  }, token);
  start = Date.parse((await client.clock()).now);
}, 240_000);

afterAll(async () => {
  await server?.stop("SIGINT");
});

describe("a whole programme round over HTTP and the mailbox", () => {
  it("goes from the waiting list to the funder's report", async () => {
    try {
      await wholeRound();
    } catch (error) {
      // Where the round stood, for the failure's message.
      const view = await cohort().catch(() => undefined);
      const graph = await client
        .console<{ current: string | null; status: string | null }>(
          `/api/console/cohorts/${cohortId}/graph`,
        )
        .catch(() => undefined);
      throw new Error(
        `${(error as Error).message}\nstate: ${JSON.stringify(graph?.body)}\nevents: ${view?.events.map((e) => e.type).join(", ")}\nescalations: ${JSON.stringify(view?.escalations)}`,
      );
    }
  }, 900_000);
});

async function wholeRound() {
  {
    const iso = (days: number) => new Date(start + days * DAY).toISOString();
    const created = await client.console<{ cohortId: string }>("/api/console/cohorts", {
      name,
      intakeOpensAt: iso(1),
      intakeClosesAt: iso(9),
      seminar: { at: iso(12), minutes: 60, place: "Tiešsaistē, saite e-pastā" },
      matchingBy: iso(15),
      kickoffAt: iso(18),
      endsAt: iso(60),
      formats: ["individual"],
      targets: { mentees: 3, mentors: 1 },
    });
    expect(created.status).toBe(201);
    cohortId = created.body.cohortId;

    // Before the intake the start page says when it opens and offers the waiting list.
    await page.goto(`${client.base}/?lang=lv`);
    await ui.checkPage("start-page-waiting-list-lv");
    await page.goto(`${client.base}/?lang=en`);
    await ui.checkPage("start-page-waiting-list-en");
    const joined = await fetch(`${client.base}/waiting-list?lang=lv`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: waiting, language: "lv", role: "mentee" }).toString(),
    });
    expect(joined.status).toBe(200);
    const kept = await client.waitForMail(waiting, /gaidītāju sarakstā/);
    const leave = kept.links.find((l) => l.includes("/waiting-list/leave/"));
    expect(leave).toBeDefined();
    await page.goto(leave ?? "");
    await ui.checkPage("waiting-list-leave-lv");

    // 1 Intake: it opens, the waiting list hears of it; the round fills up.
    await advanceTo(1 + 1 / 24);
    const announced = await client.waitForMail(waiting, /Sākusies pieteikšanās/, 1, 60_000);
    expect(announced.text).toContain(name.lv);
    for (const application of [...mentees, mentor])
      ids.set(application.email, await client.apply(application));
    await advanceTo(5 + 1 / 24);
    await client.waitForMail(COORDINATOR, /Pieteikšanās pusceļā/, 1, 60_000);
    expect((await cohort()).counts.applicants).toEqual({ mentees: 3, mentors: 1 });

    // 2 Seminar: invited with an .ics and the yes/no form; two say yes, one no.
    await advanceTo(9 + 1 / 24);
    await waitForEvent("intake_closed");
    expect((await cohort()).escalations).toEqual([]);
    const invite = await client.waitForMail(
      mentor.email,
      /Ielūgums: informatīvais seminārs|Invitation: the information seminar/,
      1,
      60_000,
    );
    expect(invite.attachments?.some((a) => a.filename.endsWith(".ics"))).toBe(true);
    const answers = {
      [mentor.email]: "yes",
      [mentees[0]?.email ?? ""]: "yes",
      [mentees[1]?.email ?? ""]: "no",
    };
    for (const [email, attending] of Object.entries(answers)) {
      const link = cohortFormLink(
        await mailWith(email, "seminar_attendance"),
        "seminar_attendance",
      );
      if (email === mentor.email) {
        await page.goto(link);
        await ui.checkPage("seminar-form-lv");
        await page.goto(`${link.split("?")[0]}?lang=en`);
        await ui.checkPage("seminar-form-en");
      }
      expect((await client.postForm(link, { attending })).status).toBe(200);
    }
    await advanceTo(10 + 1 / 24);
    await client.waitForMail(
      mentees[2]?.email ?? "",
      /Atgādinājums: informatīvais seminārs/,
      1,
      60_000,
    );
    await advanceTo(12 + 2 / 24);
    await checkTab("seminar", "seminar-attendance", "attendance-before-marking");
    // The coordinator ticks who came and saves, in the console.
    for (const person of [mentor, mentees[0]])
      await page.getByRole("checkbox", { name: `Piedalījās: ${person?.name}` }).check();
    const saved = page.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().endsWith(`/cohorts/${cohortId}/attendance`),
    );
    await page.getByTestId("save-attendance").click();
    expect((await saved).status()).toBe(200);
    await page.getByText("Piedalījās: 2 no 4").waitFor();
    await ui.checkPage("attendance-marked");
    const marked = await client.console<{ items: { participantId: string; attended: boolean }[] }>(
      `/api/console/cohorts/${cohortId}/attendance`,
    );
    expect(
      marked.body.items
        .filter((r) => r.attended)
        .map((r) => r.participantId)
        .sort(),
    ).toEqual([ids.get(mentor.email), ids.get(mentees[0]?.email ?? "")].sort());
    await advanceTo(14 + 2 / 24);
    await waitForEvent("seminar_materials_sent");
    await client.waitForMail(mentees[2]?.email ?? "", /semināra materiāli/i, 1, 60_000);
    expect(
      (await client.mailTo(mentees[0]?.email ?? "")).some((m) =>
        /semināra materiāli/i.test(m.subject),
      ),
    ).toBe(false);

    // 3 Matching on the round's pool: the mentor's two places go to two of the three.
    const run = await client.console<{ proposals: { proposalId: string; menteeIds: string[] }[] }>(
      "/api/console/matching-runs",
      { cohortId, minimumScore: 0 },
    );
    expect(run.status).toBe(201);
    expect(run.body.proposals.flatMap((p) => p.menteeIds)).toHaveLength(2);
    for (const proposal of run.body.proposals)
      expect(
        (await client.console(`/api/console/proposals/${proposal.proposalId}/approve`, {})).status,
      ).toBe(201);
    const placed = new Set(run.body.proposals.flatMap((p) => p.menteeIds));
    const unplaced = mentees.find((m) => !placed.has(ids.get(m.email) ?? ""));
    const placedMentee = mentees.find((m) => placed.has(ids.get(m.email) ?? ""));

    // 4 Kick-off: the placed get the programme's calendar, the third "not this round".
    await advanceTo(15 + 1 / 24);
    await waitForEvent("matching_checked");
    await advanceTo(18 + 1 / 24);
    await waitForEvent("kickoff_sent");
    await client.waitForMail(placedMentee?.email ?? "", /kārta „Ziemas kārta” sākas/, 1, 60_000);
    // "Not this round": a kind word and a place on the waiting list.
    const notThisRound = await client.waitForMail(
      unplaced?.email ?? "",
      /gaidītāju sarakstā/,
      1,
      60_000,
    );
    expect(notThisRound.text).toContain("Šajā programmas kārtā");

    // 5 Running: the halfway survey, answered by the three in relationships.
    await advanceTo(40);
    await waitForEvent("survey_halfway_sent");
    const inRelationships = [mentor, ...mentees.filter((m) => placed.has(ids.get(m.email) ?? ""))];
    for (const [i, person] of inRelationships.entries()) {
      const link = cohortFormLink(await mailWith(person.email, "survey_halfway"), "survey_halfway");
      const fields = { satisfaction: String(7 + i), recommend: String(8 + i), comment: "Noderīgi" };
      expect((await client.postForm(link, fields)).status).toBe(200);
    }
    await checkTab("surveys", "cohort-surveys", "surveys-halfway");
    const summary = await client.console<{
      surveys: { survey_halfway: { count: number; satisfaction: { value: number | null } } };
    }>(`/api/console/cohorts/${cohortId}/answers/summary`);
    expect(summary.body.surveys.survey_halfway).toMatchObject({
      count: 3,
      satisfaction: { value: 8 },
    });

    // 6 Closing: the planned end nudges; two weeks on, one question lists the stragglers.
    await advanceTo(60 + 1 / 24);
    await waitForEvent("closing_nudged");
    await advanceTo(74 + 1 / 24);
    const question = await client.waitFor(
      "the stragglers' question",
      async () =>
        (await cohort()).escalations.find((e) => e.reason === "stragglers" && e.status === "open"),
      60_000,
    );
    await client.waitForMail(COORDINATOR, /nenoslēgtas attiecības/, 1, 60_000);
    await checkTab("overview", "cohort-escalations", "stragglers-question-lv");
    await page.getByTestId("decide-go_on").click();
    await page.getByRole("dialog").waitFor();
    await ui.checkPage("decide-go-on-dialog");
    const decided = page.waitForResponse((r) => r.url().endsWith(`/cohorts/${cohortId}/decision`));
    await page.getByRole("dialog").getByRole("button", { name: "Turpināt" }).click();
    expect((await decided).status()).toBe(200);
    expect(
      (await cohort()).escalations.find((e) => e.escalationId === question.escalationId)?.status,
    ).toBe("decided");

    // 7 Report: the end survey and the community questions, then the report with 2 PDFs.
    await waitForEvent("alumni_asked");
    const again = cohortFormLink(await mailWith(mentor.email, "mentor_again"), "mentor_again");
    await page.goto(again);
    await ui.checkPage("mentor-again-form-lv");
    expect((await client.postForm(again, { again: "yes", places: "2" })).status).toBe(200);
    const future = cohortFormLink(
      await mailWith(placedMentee?.email ?? "", "mentee_future"),
      "mentee_future",
    );
    expect((await client.postForm(future, { future: "peer_mentor" })).status).toBe(200);
    await advanceTo(90);
    await waitForEvent("report_sent", 90_000);
    const report = await client.waitForMail(COORDINATOR, /pārskats finansētājam/, 1, 60_000);
    expect(report.attachments?.filter((a) => a.filename.endsWith(".pdf"))).toHaveLength(2);
    expect((await cohort()).stage).toBe("closed");

    const pdf = await fetch(`${client.base}/api/console/cohorts/${cohortId}/report.pdf?lang=en`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const csv = await fetch(
      `${client.base}/api/console/cohorts/${cohortId}/report/key-figures.csv`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("Kods;Nosaukums latviski");

    // The mentor community: a next round is planned and the mentor re-invited from the page.
    const nextRound = await client.console<{ cohortId: string }>("/api/console/cohorts", {
      name: { lv: "Pavasara kārta", en: "Spring round" },
      intakeOpensAt: iso(100),
      intakeClosesAt: iso(110),
      seminar: { at: iso(112), minutes: 60, place: "Tiešsaistē" },
      matchingBy: iso(115),
      kickoffAt: iso(118),
      endsAt: iso(160),
      formats: ["individual"],
      targets: { mentees: 3, mentors: 1 },
    });
    expect(nextRound.status).toBe(201);
    await page.goto(`${client.base}/console/community`);
    await page
      .getByTestId("future-mentors")
      .getByText(placedMentee?.name ?? "")
      .waitFor();
    await ui.checkPage("community-lv");
    await page.getByTestId("reinvite").click();
    await page.getByRole("dialog").waitFor();
    await ui.checkPage("community-reinvite-dialog");
    const reinvited = page.waitForResponse((r) => r.url().endsWith("/reinvite"));
    await page.getByRole("dialog").getByRole("button", { name: "Uzaicināt vēlreiz" }).click();
    expect((await reinvited).status()).toBe(200);
    const invitation = await client.waitForMail(
      mentor.email,
      /invited to mentor in “Spring round”/,
    );
    const countMeIn = cohortFormLink(invitation, "count_me_in");
    await page.goto(countMeIn);
    await ui.checkPage("count-me-in-form-en");
    expect((await client.postForm(countMeIn, { places: "2" })).status).toBe(200);
    const community = await client.console<{
      mentors: { participantId: string; next: { answer: string; places: number | null } }[];
    }>("/api/console/mentors");
    expect(community.body.mentors).toEqual([
      expect.objectContaining({
        participantId: ids.get(mentor.email),
        next: expect.objectContaining({ answer: "count_me_in", places: 2 }),
      }),
    ]);

    // One identity across rounds: the placed mentee applies as a mentor to the next round.
    await advanceTo(100 + 1 / 24);
    const asMentor = validMentor({ email: placedMentee?.email ?? "", formats: ["individual"] });
    const reapplied = await fetch(`${client.base}/api/applications`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(asMentor),
    });
    expect(reapplied.status).toBe(202);
    const rejoinMail = await client.waitForMail(asMentor.email, /jaunajai programmas kārtai/);
    expect((await client.confirm(client.confirmationLink(rejoinMail))).status).toBe(200);
    const nextPeople = await client.console<{ items: { participantId: string; role: string }[] }>(
      `/api/console/participants?cohort=${nextRound.body.cohortId}`,
    );
    expect(nextPeople.body.items).toEqual([
      expect.objectContaining({ participantId: ids.get(asMentor.email), role: "mentor" }),
    ]);
    expect((await cohort()).counts.applicants).toEqual({ mentees: 3, mentors: 1 });

    await checkTab("report", "report-table-key-figures", "report-lv");
    // The PDF from the console's button: a file the browser saves.
    const download = page.waitForEvent("download");
    await page.getByTestId("report-pdf-lv").click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await checkTab("workflow", "workflow-graph", "workflow-closed");
    expect(await page.getByTestId("workflow-graph").getAttribute("data-current")).toMatch(/^7\.4 /);
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem("console.language", "en"),
    );
    await checkTab("seminar", "seminar-attendance", "attendance-en");
    await checkTab("overview", "cohort-escalations", "overview-en");
    expect(ui.pageErrors).toEqual([]);
  }
}
