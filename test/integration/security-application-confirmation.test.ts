import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as confirmHandler } from "../../functions/api/confirm-application.js";
import { createHandler as showHandler } from "../../functions/api/show-confirmation.js";
import type { Deps } from "../../functions/compose.js";
import { loadProgrammeFigures } from "../../shared/domain/console/load-figures.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import type { Application } from "../../shared/schemas/application.js";
import { uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { confirmationToken, createdId } from "../fixtures/confirmed-applicants.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { createTestTable } from "./test-table.js";

// The attacker's side of intake: someone applies with another person's address, or
// guesses, tampers with or replays the confirmation link of the e-mail.

const DAY = 86_400_000;
let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});

/** Deps whose clock is `days` ahead of now: the link's week passes. */
const later = (days: number): Deps => ({
  ...table.deps,
  clock: { now: () => new Date(Date.now() + days * DAY) },
});

const confirm = (token: string, deps: Deps = table.deps) =>
  invoke(
    confirmHandler(() => deps),
    {
      ...httpEvent({
        path: `/confirm/${token}`,
        body: "confirm=yes",
        contentType: "application/x-www-form-urlencoded",
      }),
      pathParameters: { token },
    },
  );
const withToken = <T extends { pathParameters?: unknown }>(event: T, token: string) => ({
  ...event,
  pathParameters: { token },
});
const show = (token: string, deps: Deps = table.deps) =>
  invoke(
    showHandler(() => deps),
    withToken(httpEvent({ method: "GET", path: `/confirm/${token}` }), token),
  );

/** Applies; the participant's id and the token of the link that reached the address. */
async function applied(application: Application = validMentee()) {
  const participantId = createdId(await submitApplication(table.deps, application));
  return {
    participantId,
    email: application.email,
    token: confirmationToken(await table.mailer.linksTo(application.email)),
  };
}

/** The table without the request counters (the per-client limits count every POST). */
const tableItems = async () =>
  (await table.scanAll()).filter((item) => item.itemType !== "request-counter");

const itemsOf = async (participantId: string) =>
  (await tableItems()).filter((item) => item.participantId === participantId);

describe("an application is confirmed once, by the link sent to its address", () => {
  it("keeps it unconfirmed with a TTL on all three items; a GET shows a button and changes nothing", async () => {
    const { participantId, token } = await applied();
    const stored = await table.store.getParticipant(participantId);
    expect(stored?.confirmation).toBe("unconfirmed");
    const ttl = Math.floor(Date.parse(stored?.confirmBy ?? "") / 1000) + 86_400;
    const items = await itemsOf(participantId);
    expect(items.map((item) => String(item.sk).split("#")[0]).sort()).toEqual([
      "APPLICATION",
      "EMAIL",
      "PROFILE",
    ]);
    expect(items.map((item) => item.expiresAt)).toEqual([ttl, ttl, ttl]);
    // Seven days, and the TTL a day after: the address is free again within 8 days.
    expect(ttl * 1000 - Date.now()).toBeGreaterThan(8 * DAY - 60_000);
    expect(ttl * 1000 - Date.now()).toBeLessThanOrEqual(8 * DAY);

    const before = await tableItems();
    for (let i = 0; i < 3; i++) {
      const page = await show(token);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("<h1>Apstipriniet pieteikumu</h1>");
      expect(page.body).toContain(`<form method="post" action="/confirm/${token}?lang=lv">`);
    }
    expect(await tableItems()).toEqual(before);
  });

  it("confirms on POST, shows the eligibility outcome and removes the TTL everywhere", async () => {
    const { participantId, token } = await applied(validMentee({ institutionType: "other" }));
    const answer = await confirm(token);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain("Pieteikums ir apstiprināts.");
    expect(answer.body).toContain("neatbilst nosacījumiem");
    expect(answer.body).toContain("Jūsu norādītā organizācija neietilpst šajās grupās.");
    expect(answer.body).toContain(`<strong>${participantId}</strong>`);
    expect(await table.store.getParticipant(participantId)).toMatchObject({
      confirmation: "confirmed",
      confirmedAt: expect.any(String),
    });
    const items = await itemsOf(participantId);
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).not.toHaveProperty("expiresAt");
    expect(items.find((item) => item.sk === "EMAIL")?.confirmation).toBe("confirmed");
  });

  it("a second POST of the link changes nothing and says so kindly", async () => {
    const { token } = await applied();
    expect((await confirm(token)).statusCode).toBe(200);
    const before = await tableItems();
    const again = await confirm(token);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain("<h1>Pieteikums jau ir apstiprināts</h1>");
    expect(again.body).toContain("nekas vairs nav jādara");
    expect((await show(token)).statusCode).toBe(410);
    expect(await tableItems()).toEqual(before);
  });

  it("two clicks at once confirm once", async () => {
    const { token } = await applied();
    const answers = await Promise.all(Array.from({ length: 8 }, () => confirm(token)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([
      200, 410, 410, 410, 410, 410, 410, 410,
    ]);
  });
});

describe("an expired, tampered or foreign link", () => {
  it("an expired link shows its own page, confirms nothing and stores nothing", async () => {
    const { participantId, token } = await applied();
    const before = await tableItems();
    for (const answer of [await show(token, later(7)), await confirm(token, later(8))]) {
      expect(answer.statusCode).toBe(410);
      expect(answer.body).toContain("<h1>Apstiprinājuma saites derīguma termiņš ir beidzies</h1>");
      expect(answer.body).toContain('href="/apply?lang=lv"');
    }
    expect(await tableItems()).toEqual(before);
    expect((await table.store.getParticipant(participantId))?.confirmation).toBe("unconfirmed");
  });

  it("after the link's week the address may apply again, and the old link stays dead", async () => {
    const email = uniqueEmail("vecais");
    const first = await applied(validMentee({ email }));
    const deps = later(7);
    const again = await submitApplication(deps, validMentee({ email, name: "Īstā Persone" }));
    const secondId = createdId(again);
    expect(secondId).not.toBe(first.participantId);
    expect(await table.store.findParticipantIdByEmail(email)).toBe(secondId);
    expect((await confirm(first.token, deps)).statusCode).toBe(410);
    // The lock is the new application's: the old one can never be confirmed into it.
    const old = await table.store.getParticipant(first.participantId);
    if (!old) throw new Error("the old application is kept until its TTL");
    expect(await table.store.confirmParticipant(old, new Date().toISOString())).toBe(false);
  });

  it("tampered, guessed and form-shaped links are unknown (404), never a 5xx, and store nothing", async () => {
    const a = await applied();
    const b = await applied();
    const formLink = await table.deps.signer.sign("f_0000000000000000", "2030-01-01T00:00:00.000Z");
    const signatureOf = (token: string) => token.split(".")[1] ?? "";
    const before = await tableItems();
    for (const token of [
      `${a.token.slice(0, -2)}AA`,
      `${b.participantId}.${signatureOf(a.token)}`,
      `${a.participantId}`,
      "p_00000000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      formLink,
      "%E0%A4%A",
      "../../etc/passwd",
      "x".repeat(5000),
    ]) {
      for (const answer of [await show(token), await confirm(token)]) {
        expect(answer.statusCode, token).toBe(404);
        expect(answer.body).toContain("<h1>Saite nav derīga</h1>");
      }
    }
    expect(await tableItems()).toEqual(before);
    expect((await table.store.getParticipant(a.participantId))?.confirmation).toBe("unconfirmed");
  });
});

describe("only confirmed applicants count", () => {
  it("an unconfirmed mentee or mentor is never matched; once confirmed they are", async () => {
    const mentee = await applied(validMentee({ preferredFormats: ["individual"] }));
    const mentor = await applied(validMentor({ formats: ["individual"], capacity: 2 }));
    const only = { minimumScore: 0, participantIds: [mentee.participantId, mentor.participantId] };
    const before = await createMatchingRun(table.deps, only, "coordinator");
    expect(before.proposals).toEqual([]);
    expect(before.unplaced).toEqual([]);

    expect((await confirm(mentee.token)).statusCode).toBe(200);
    expect((await createMatchingRun(table.deps, only, "coordinator")).proposals).toEqual([]);
    expect((await confirm(mentor.token)).statusCode).toBe(200);
    const after = await createMatchingRun(table.deps, only, "coordinator");
    expect(after.proposals.map((p) => [p.mentorId, p.menteeIds])).toEqual([
      [mentor.participantId, [mentee.participantId]],
    ]);
  });

  it("the figures count confirmed mentees only, not even as applied", async () => {
    const fresh = await createTestTable();
    const apply = async (institutionType: "municipal_administration" | "planning_region") => {
      const application = validMentee({ institutionType, email: uniqueEmail("skaitlis") });
      createdId(await submitApplication(fresh.deps, application));
      return confirmationToken(await fresh.mailer.linksTo(application.email));
    };
    for (let i = 0; i < 3; i++) {
      const token = await apply("municipal_administration");
      expect((await confirm(token, fresh.deps)).statusCode).toBe(200);
    }
    for (let i = 0; i < 3; i++) await apply("planning_region");
    const figures = await loadProgrammeFigures(fresh.deps);
    const rows = figures.tables.find((t) => t.name === "by-institution-type")?.rows ?? [];
    const applied = (code: string) => rows.find((row) => row.code === code)?.applied;
    expect(applied("municipal_administration")).toEqual({ value: 3, hidden: false });
    expect(applied("planning_region")).toEqual({ value: 0, hidden: false });
  });
});
