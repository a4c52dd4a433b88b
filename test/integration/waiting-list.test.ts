import { beforeAll, describe, expect, it } from "vitest";
import { createHandler as createApplication } from "../../functions/api/create-application.js";
import { createHandler as joinWaitingList } from "../../functions/api/join-waiting-list.js";
import { createHandler as leaveWaitingList } from "../../functions/api/leave-waiting-list.js";
import { createHandler as showApplicationForm } from "../../functions/api/show-application-form.js";
import { createHandler as showLeave } from "../../functions/api/show-leave-waiting-list.js";
import { guardClient, withTableAccess } from "../../infra/local/guard-table-access.js";
import { ROUTE_TABLE_ACCESS } from "../../infra/table-access.js";
import { announceIntake } from "../../shared/domain/cohorts/announce-intake.js";
import {
  eraseParticipant,
  exportParticipant,
} from "../../shared/domain/console/participant-data.js";
import type { WaitingListEntry } from "../../shared/schemas/waiting-list.js";
import { keys } from "../../shared/table/table-definition.js";
import { uniqueEmail, validMentee } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { cohortFixture, DAY } from "../fixtures/memory-deps.js";
import { createTestTable } from "./test-table.js";

/**
 * The waiting list on DynamoDB Local: the store's items and their invariants, and the public
 * routes under the table access their Lambdas get on AWS (infra/table-access.ts).
 */
let table: Awaited<ReturnType<typeof createTestTable>>;
const FORM = "application/x-www-form-urlencoded";
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const NEXT = inDays(40);

beforeAll(async () => {
  table = await createTestTable();
  guardClient(table.doc);
  // Between two rounds: one over, the next opening in 40 days.
  await table.store.createCohort(cohortFixture("coh_past", inDays(-300)));
  await table.store.createCohort(cohortFixture("coh_next", NEXT));
});

/** Runs a route's handler held to its grants, as the local server and IAM do. */
const asRoute = <T>(id: string, work: () => Promise<T>) =>
  withTableAccess(`route ${id}`, ROUTE_TABLE_ACCESS[id], work);
const entry = (overrides: Partial<WaitingListEntry> = {}): WaitingListEntry => ({
  entryId: `w_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`,
  email: uniqueEmail("gaida"),
  language: "lv",
  source: "form",
  joinedAt: new Date().toISOString(),
  notifiedCohorts: [],
  ...overrides,
});

describe("waiting-list items", () => {
  it("keep one entry per address, list it, mark a cohort once and leave in one step", async () => {
    const first = entry({ role: "mentor" });
    expect(await table.store.joinWaitingList(first)).toEqual({ entry: first, created: true });
    const again = await table.store.joinWaitingList(
      entry({ email: first.email.toUpperCase(), language: "en" }),
    );
    expect(again).toEqual({ entry: first, created: false });
    expect(await table.store.getWaitingListEntry(first.email.toUpperCase())).toEqual(first);
    expect((await table.store.listWaitingList()).map((e) => e.entryId)).toContain(first.entryId);

    expect(await table.store.markWaitingListNotified(first.email, "coh_next")).toBe(true);
    expect(await table.store.markWaitingListNotified(first.email, "coh_next")).toBe(true);
    expect((await table.store.getWaitingListEntry(first.email))?.notifiedCohorts).toEqual([
      "coh_next",
    ]);

    expect(
      await table.store.leaveWaitingList(first.email, "w_someoneelse0", "2027-01-01T00:00:00.000Z"),
    ).toBe(false);
    expect(
      await table.store.leaveWaitingList(first.email, first.entryId, "2027-01-01T00:00:00.000Z"),
    ).toBe(true);
    expect(await table.store.getWaitingListEntry(first.email)).toBeUndefined();
    // The link remembers that it left, and nothing personal.
    const link = await table.store.getWaitingListLink(first.entryId);
    expect(link).toEqual({
      entryId: first.entryId,
      joinedAt: first.joinedAt,
      leftAt: "2027-01-01T00:00:00.000Z",
    });
    const items = await table.scanAll();
    expect(JSON.stringify(items.filter((i) => i.entryId === first.entryId))).not.toContain(
      first.email,
    );
    expect(await table.store.markWaitingListNotified(first.email, "coh_x")).toBe(false);
    expect(
      await table.store.leaveWaitingList(first.email, first.entryId, "2027-01-02T00:00:00.000Z"),
    ).toBe(false);
  });
});

describe("the waiting list's routes between intakes", () => {
  it("shows the waiting list on the application page and refuses a JSON application with 409", async () => {
    const pageAnswer = await asRoute("ShowApplicationForm", () =>
      invoke(
        showApplicationForm(() => table.deps),
        httpEvent({ method: "GET", path: "/apply", query: { role: "mentee", lang: "lv" } }),
      ),
    );
    expect(pageAnswer.statusCode).toBe(200);
    expect(pageAnswer.body).toContain('action="/waiting-list?lang=lv"');
    const kept = async () =>
      (await table.scanAll()).filter((i) => !String(i.pk).startsWith("COUNTER#"));
    const before = await kept();
    const refused = await asRoute("CreateApplication", () =>
      invoke(
        createApplication(() => table.deps),
        httpEvent({ body: JSON.stringify(validMentee()), contentType: "application/json" }),
      ),
    );
    expect(refused.statusCode).toBe(409);
    expect(JSON.parse(refused.body)).toMatchObject({
      error: "intake_closed",
      nextIntakeOpensAt: NEXT,
    });
    // Only the client's request counter moved.
    expect(await kept()).toEqual(before);
  });

  it("joins from the form, leaves by the link's POST (a GET changes nothing), and bad input keeps nothing", async () => {
    const email = uniqueEmail("saraksts");
    const post = (body: string) =>
      asRoute("JoinWaitingList", () =>
        invoke(
          joinWaitingList(() => table.deps),
          httpEvent({ path: "/waiting-list", body, contentType: FORM, query: { lang: "en" } }),
        ),
      );
    const bad = await post("email=not-an-address&language=en&role=mentor");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="f-email-error"');
    const joined = await post(`email=${encodeURIComponent(email)}&language=en&role=mentor`);
    expect(joined.statusCode).toBe(200);
    expect(await post(`email=${encodeURIComponent(email)}&language=lv&role=mentee`)).toEqual(
      joined,
    );
    expect(await table.store.getWaitingListEntry(email)).toMatchObject({
      role: "mentor",
      language: "en",
    });

    const link = table.mailer.to(email)[0]?.links?.[0] ?? "";
    const path = new URL(link).pathname;
    const token = decodeURIComponent(path.split("/").at(-1) ?? "");
    const event = (method: string) => ({
      ...httpEvent({ method, path, body: "leave=yes", contentType: FORM }),
      pathParameters: { token },
    });
    const snapshot = JSON.stringify(
      (await table.scanAll()).filter((i) => !String(i.pk).startsWith("COUNTER#")),
    );
    const shown = await asRoute("ShowLeaveWaitingList", () =>
      invoke(
        showLeave(() => table.deps),
        event("GET"),
      ),
    );
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain("Leave the waiting list");
    expect(
      JSON.stringify((await table.scanAll()).filter((i) => !String(i.pk).startsWith("COUNTER#"))),
    ).toBe(snapshot);
    const leave = () =>
      asRoute("LeaveWaitingList", () =>
        invoke(
          leaveWaitingList(() => table.deps),
          event("POST"),
        ),
      );
    expect((await leave()).statusCode).toBe(200);
    expect(await table.store.getWaitingListEntry(email)).toBeUndefined();
    expect((await leave()).statusCode).toBe(410);
  });
});

describe("the waiting list and the rest of the programme", () => {
  it("announces an intake once per entry, and goes with an erased participant", async () => {
    const told = uniqueEmail("zinas");
    await table.store.joinWaitingList(entry({ email: told, role: "mentee" }));
    const cohort = cohortFixture("coh_announced", inDays(-1));
    const { sent } = await announceIntake(table.deps, cohort);
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(table.mailer.to(told).at(-1)?.links?.[0]).toBe(
      "http://localhost:3000/apply?role=mentee&lang=lv",
    );
    expect((await table.store.getWaitingListEntry(told))?.notifiedCohorts).toEqual([
      "coh_announced",
    ]);
    expect(await announceIntake(table.deps, cohort)).toEqual({ sent: 0 });

    // A participant from before the rounds (no cohort then), on the list too: exported, then
    // erased with it.
    const mentee = validMentee();
    const beforeRounds = Object.assign(Object.create(table.store), { listCohorts: async () => [] });
    const { participantId } = await table.applyConfirmed(mentee, {
      ...table.deps,
      store: beforeRounds,
    });
    await table.store.joinWaitingList(entry({ email: mentee.email, source: "not_this_round" }));
    const exported = await exportParticipant(table.deps, participantId);
    expect(exported.waitingList).toMatchObject({ email: mentee.email });
    await eraseParticipant(table.deps, participantId, { confirm: mentee.email }, "ilze");
    expect(await table.store.getWaitingListEntry(mentee.email)).toBeUndefined();
    const items = await table.scanAll();
    expect(JSON.stringify(items)).not.toContain(mentee.email);
    expect(items.some((i) => i.pk === keys.waitingListEntry(mentee.email).pk)).toBe(false);
  });
});
