import { beforeAll, describe, expect, it } from "vitest";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { createdId } from "../fixtures/confirmed-applicants.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});

describe("DynamoDbStore on DynamoDB Local", () => {
  it("stores an application as profile, answers and e-mail lock, and reads it back", async () => {
    const application = validMentee();
    const participantId = createdId(await submitApplication(table.deps, application));
    const stored = await table.store.getParticipant(participantId);
    expect(stored).toMatchObject({
      participantId,
      role: "mentee",
      status: "eligible",
      confirmation: "unconfirmed",
      email: application.email,
      application,
    });
    const items = (await table.scanAll()).filter((item) => item.participantId === participantId);
    expect(items.map((item) => String(item.sk).split("#")[0]).sort()).toEqual([
      "APPLICATION",
      "EMAIL",
      "PROFILE",
    ]);
    const lock = items.find((item) => item.sk === "EMAIL");
    expect(lock?.pk).toBe(`EMAIL#${application.email.toLowerCase()}`);
  });

  it("returns undefined for an unknown participant", async () => {
    expect(await table.store.getParticipant("p_unknownunknownunknown")).toBeUndefined();
  });

  it("keeps no second application with the same e-mail in another letter case and writes nothing", async () => {
    const first = validMentor({ email: "Anna.Kalnina@Example.lv" });
    await submitApplication(table.deps, first);
    const before = await table.scanAll();
    expect(
      await submitApplication(table.deps, validMentee({ email: "  anna.kalnina@EXAMPLE.LV " })),
    ).toEqual({ outcome: "repeated" });
    expect(await table.scanAll()).toEqual(before);
  });

  it("lets exactly one of 25 concurrent applications with one e-mail through", async () => {
    const email = "vienlaicigi@example.lv";
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => submitApplication(table.deps, validMentee({ email }))),
    );
    const outcomes = results.map((r) => (r.status === "fulfilled" ? r.value.outcome : "failed"));
    expect(outcomes.filter((o) => o === "created")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "repeated")).toHaveLength(24);
    const profiles = (await table.scanAll()).filter(
      (item) => item.sk === "PROFILE" && item.email === email,
    );
    expect(profiles).toHaveLength(1);
  });

  it("lists participants by role through GSI1, oldest first", async () => {
    const mentorId = createdId(await submitApplication(table.deps, validMentor()));
    const mentors = await table.store.listParticipants({ role: "mentor" });
    expect(mentors.every((participant) => participant.role === "mentor")).toBe(true);
    expect(mentors.at(-1)?.participantId).toBe(mentorId);
    const everyone = await table.store.listParticipants();
    expect(everyone.length).toBeGreaterThan(mentors.length);
    const times = everyone.map((participant) => participant.appliedAt);
    expect(times).toEqual([...times].sort());
  });
});
