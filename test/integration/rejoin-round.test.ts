import { beforeAll, describe, expect, it } from "vitest";
import { checkEligibility } from "../../shared/domain/check-eligibility.js";
import { rejoined, rejoinOf } from "../../shared/domain/rejoin-round.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { keys } from "../../shared/table/table-definition.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { createdId } from "../fixtures/confirmed-applicants.js";
import { cohortFixture, DAY } from "../fixtures/memory-deps.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});

/**
 * A person's application to a later round on DynamoDB Local: it waits on their profile,
 * and confirming it moves the profile to the new role's index in one step, keeping the
 * new answers beside the first ones; a stale or expired confirmation writes nothing.
 */
describe("a later round's application on DynamoDB Local", () => {
  it("waits on the profile, then moves it to the new role in one conditional step", async () => {
    const email = "velak.mentors@example.lv";
    const id = createdId(await submitApplication(table.deps, validMentee({ email })));
    const created = await table.store.getParticipant(id);
    if (!created) throw new Error("no profile");
    expect(await table.store.confirmParticipant(created, new Date().toISOString())).toBe(true);

    const now = new Date();
    const cohort = cohortFixture("coh_later", now.toISOString());
    const application = validMentor({ email });
    const rejoin = rejoinOf(
      cohort,
      application,
      checkEligibility(application),
      now,
      new Date(now.getTime() + 7 * DAY),
    );
    expect(await table.store.requestRejoin(id, rejoin)).toBe(true);
    const waiting = await table.store.getParticipant(id);
    expect(waiting).toMatchObject({ role: "mentee", rejoin: { cohortId: "coh_later" } });
    if (!waiting) throw new Error("no profile");

    const next = rejoined(waiting, now.toISOString());
    const before = await table.scanAll();
    // Another waiting application than the one confirmed, or one past its time: nothing.
    expect(
      await table.store.completeRejoin(next, "2000-01-01T00:00:00.000Z", now.toISOString()),
    ).toBe(false);
    expect(await table.store.completeRejoin(next, rejoin.confirmBy, rejoin.confirmBy)).toBe(false);
    expect(await table.scanAll()).toEqual(before);

    expect(await table.store.completeRejoin(next, rejoin.confirmBy, now.toISOString())).toBe(true);
    expect(await table.store.getParticipant(id)).toMatchObject({
      role: "mentor",
      cohortId: "coh_later",
      rounds: [{ role: "mentee" }],
    });
    const mentors = await table.store.listParticipants({ role: "mentor" });
    const mentees = await table.store.listParticipants({ role: "mentee" });
    expect(mentors.map((p) => p.participantId)).toContain(id);
    expect(mentees.map((p) => p.participantId)).not.toContain(id);
    const items = (await table.scanAll()).filter(
      (item) => item.pk === keys.participantProfile(id).pk,
    );
    expect(items.filter((item) => String(item.sk).startsWith("APPLICATION#"))).toHaveLength(2);
    // The profile carries the mentor's places at the top level, as approving a proposal reads.
    expect(items.find((item) => item.sk === "PROFILE")).toMatchObject({
      capacity: application.capacity,
      activeMentees: 0,
    });
  });

  it("keeps no waiting application for an unconfirmed participant", async () => {
    const id = createdId(await submitApplication(table.deps, validMentee()));
    const now = new Date();
    const application = validMentor();
    const rejoin = rejoinOf(
      cohortFixture("coh_x", now.toISOString()),
      application,
      checkEligibility(application),
      now,
      new Date(now.getTime() + DAY),
    );
    expect(await table.store.requestRejoin(id, rejoin)).toBe(false);
    expect((await table.store.getParticipant(id))?.rejoin).toBeUndefined();
  });
});
