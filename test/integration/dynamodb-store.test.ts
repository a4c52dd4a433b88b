import { beforeAll, describe, expect, it } from "vitest";
import { DuplicateApplicationError } from "../../shared/domain/errors.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});

describe("DynamoDbStore on DynamoDB Local", () => {
  it("stores an application as profile, answers and e-mail lock, and reads it back", async () => {
    const application = validMentee();
    const result = await submitApplication(table.deps, application);
    const stored = await table.store.getParticipant(result.participantId);
    expect(stored).toMatchObject({
      participantId: result.participantId,
      role: "mentee",
      status: "eligible",
      email: application.email,
      application,
    });
    const items = (await table.scanAll()).filter(
      (item) => item.participantId === result.participantId,
    );
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

  it("refuses a second application with the same e-mail in another letter case and writes nothing", async () => {
    const first = validMentor({ email: "Anna.Kalnina@Example.lv" });
    await submitApplication(table.deps, first);
    const before = (await table.scanAll()).length;
    await expect(
      submitApplication(table.deps, validMentee({ email: "  anna.kalnina@EXAMPLE.LV " })),
    ).rejects.toBeInstanceOf(DuplicateApplicationError);
    expect((await table.scanAll()).length).toBe(before);
  });

  it("lets exactly one of 25 concurrent applications with one e-mail through", async () => {
    const email = "vienlaicigi@example.lv";
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => submitApplication(table.deps, validMentee({ email }))),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter(
      (r) => r.status === "rejected" && r.reason instanceof DuplicateApplicationError,
    );
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(24);
    const profiles = (await table.scanAll()).filter(
      (item) => item.sk === "PROFILE" && item.email === email,
    );
    expect(profiles).toHaveLength(1);
  });

  it("lists participants by role through GSI1, oldest first", async () => {
    const mentor = await submitApplication(table.deps, validMentor());
    const mentors = await table.store.listParticipants({ role: "mentor" });
    expect(mentors.every((participant) => participant.role === "mentor")).toBe(true);
    expect(mentors.at(-1)?.participantId).toBe(mentor.participantId);
    const everyone = await table.store.listParticipants();
    expect(everyone.length).toBeGreaterThan(mentors.length);
    const times = everyone.map((participant) => participant.appliedAt);
    expect(times).toEqual([...times].sort());
  });
});
