import { describe, expect, it } from "vitest";
import { viewCohort } from "../../shared/domain/cohorts/view-cohorts.js";
import { confirmApplication, openConfirmation } from "../../shared/domain/confirm-application.js";
import { loadProgrammeFigures } from "../../shared/domain/console/load-figures.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { confirmationToken } from "../fixtures/confirmed-applicants.js";
import { cohortFixture, DAY, memoryDeps } from "../fixtures/memory-deps.js";

const NOW = "2027-06-01T09:00:00.000Z";
const at = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();

/**
 * One person keeps one identity across rounds: a mentee of an earlier round applies as a
 * mentor in the next one with the same address, confirms it from the e-mail, and is the
 * same participant in the new role, while the earlier round still counts them as its mentee.
 */
describe("a former mentee applying as a mentor in a later round", () => {
  const setup = async () => {
    const memory = memoryDeps(at(-200));
    const { store, deps, clock, mailer } = memory;
    await store.createCohort(cohortFixture("coh_first", at(-201)));
    await store.createCohort(cohortFixture("coh_next", at(-1)));
    const email = "liga.berzina@example.lv";
    const first = await submitApplication(deps, validMentee({ email }));
    if (first.outcome !== "created") throw new Error("not created");
    expect(
      (await confirmApplication(deps, confirmationToken(mailer.to(email)[0]?.links ?? []))).status,
    ).toBe("done");
    clock.advance(200 * DAY);
    return { ...memory, email, id: first.participantId };
  };

  it("waits for the owner's confirmation, then moves them to the new round in the new role", async () => {
    const { deps, store, mailer, email, id } = await setup();
    const sentBefore = mailer.to(email).length;
    expect(await submitApplication(deps, validMentor({ email: email.toUpperCase() }))).toEqual({
      outcome: "repeated",
    });
    // Nothing changes until the owner confirms: the record is still the mentee of round one.
    const waiting = await store.getParticipant(id);
    expect(waiting).toMatchObject({ role: "mentee", cohortId: "coh_first" });
    expect(waiting?.rejoin).toMatchObject({ cohortId: "coh_next" });
    const mails = mailer.to(email).slice(sentBefore);
    expect(mails.map((m) => m.subject)).toEqual([
      "Apstipriniet savu pieteikumu jaunajai programmas kārtai",
    ]);
    const token = confirmationToken(mails[0]?.links ?? []);
    expect(await openConfirmation(deps, token)).toMatchObject({ status: "open", rejoin: true });

    const done = await confirmApplication(deps, token);
    expect(done.status).toBe("done");
    const now = await store.getParticipant(id);
    expect(now).toMatchObject({
      participantId: id,
      role: "mentor",
      cohortId: "coh_next",
      activeMentees: 0,
      rounds: [{ cohortId: "coh_first", role: "mentee" }],
    });
    expect(now?.rejoin).toBeUndefined();
    expect((await store.listParticipants({ role: "mentor" })).map((p) => p.participantId)).toEqual([
      id,
    ]);
    // The receipt of the new application, in its language (the mentor's form said English);
    // the link once used reads "already confirmed".
    expect(mailer.to(email).at(-1)?.subject).toBe(
      "We have your application to the mentoring programme",
    );
    expect((await confirmApplication(deps, token)).status).toBe("confirmed");

    // Each round counts them as they were in it.
    expect((await viewCohort(deps, "coh_first")).counts.applicants).toEqual({
      mentees: 1,
      mentors: 0,
    });
    expect((await viewCohort(deps, "coh_next")).counts.applicants).toEqual({
      mentees: 0,
      mentors: 1,
    });
    const figures = await loadProgrammeFigures(deps, "coh_first");
    const applied = figures.tables.find((t) => t.name === "by-institution-type")?.rows[0];
    expect(applied?.applied).toMatchObject({ hidden: true });
  });

  it("is the usual 'applied again' notice within the same round", async () => {
    const { deps, store, mailer } = memoryDeps(NOW);
    await store.createCohort(cohortFixture("coh_open", at(-2)));
    const email = "janis.ozolins@example.lv";
    const first = await submitApplication(deps, validMentee({ email }));
    if (first.outcome !== "created") throw new Error("not created");
    await confirmApplication(deps, confirmationToken(mailer.to(email)[0]?.links ?? []));
    expect(await submitApplication(deps, validMentor({ email }))).toEqual({ outcome: "repeated" });
    expect(await store.getParticipant(first.participantId)).toMatchObject({ role: "mentee" });
    expect((await store.getParticipant(first.participantId))?.rejoin).toBeUndefined();
    expect(mailer.to(email).at(-1)?.subject).toBe(
      "Ar jūsu e-pasta adresi vēlreiz iesniegts pieteikums",
    );
  });

  it("changes nothing once its link has expired", async () => {
    const { deps, store, mailer, clock, email, id } = await setup();
    await submitApplication(deps, validMentor({ email }));
    const token = confirmationToken(mailer.to(email).at(-1)?.links ?? []);
    clock.advance(8 * DAY);
    expect((await openConfirmation(deps, token)).status).toBe("expired");
    expect((await confirmApplication(deps, token)).status).toBe("expired");
    expect(await store.getParticipant(id)).toMatchObject({ role: "mentee", cohortId: "coh_first" });
  });
});
