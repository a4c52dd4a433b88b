import { describe, expect, it } from "vitest";
import { announceIntake } from "../../shared/domain/cohorts/announce-intake.js";
import { IntakeClosedError, intakeState } from "../../shared/domain/cohorts/intake-state.js";
import {
  joinWaitingList,
  leaveByLink,
  openLeaveLink,
} from "../../shared/domain/cohorts/waiting-list.js";
import {
  eraseParticipant,
  exportParticipant,
} from "../../shared/domain/console/participant-data.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { validMentee } from "../fixtures/applications.js";
import { cohortFixture, DAY, memoryDeps } from "../fixtures/memory-deps.js";

const NOW = "2027-01-10T09:00:00.000Z";
const at = (days: number) => new Date(Date.parse(NOW) + days * DAY).toISOString();
/** The token of a leave link (`.../waiting-list/leave/<token>`). */
const tokenOf = (link: string | undefined) =>
  decodeURIComponent(new URL(link ?? "").pathname.split("/").at(-1) ?? "");

describe("whether an application may be made now", () => {
  const now = new Date(NOW);
  it("takes applications at any time while no cohort was ever created", () => {
    expect(intakeState([], now)).toEqual({ kind: "continuous" });
  });

  it("joins the cohort whose intake is open", () => {
    const open = cohortFixture("coh_open", at(-2));
    expect(intakeState([cohortFixture("coh_past", at(-200)), open], now)).toEqual({
      kind: "open",
      cohort: open,
    });
  });

  it("between intakes names the earliest later intake, never a cancelled one", () => {
    const later = cohortFixture("coh_later", at(90));
    const sooner = cohortFixture("coh_sooner", at(50));
    const cancelled = cohortFixture("coh_cancelled", at(20), 21, "cancelled");
    const past = cohortFixture("coh_past", at(-200));
    expect(intakeState([past, later, cancelled, sooner], now)).toEqual({
      kind: "closed",
      next: sooner,
    });
    // Only rounds that are over (or cancelled): closed, and no next intake planned.
    expect(intakeState([past, { ...cancelled, intakeOpensAt: at(1) }], now)).toEqual({
      kind: "closed",
    });
  });
});

describe("an application outside an intake", () => {
  it("is kept as today while no cohort exists", async () => {
    const { deps, store } = memoryDeps(NOW);
    const outcome = await submitApplication(deps, validMentee());
    expect(outcome.outcome).toBe("created");
    expect((await store.listParticipants())[0]?.cohortId).toBeUndefined();
  });

  it("is refused with the next intake's opening between intakes, and nothing is kept or sent", async () => {
    const { deps, store, mailer } = memoryDeps(NOW);
    await store.createCohort(cohortFixture("coh_past", at(-200)));
    await store.createCohort(cohortFixture("coh_next", at(50)));
    const refused = submitApplication(deps, validMentee());
    await expect(refused).rejects.toBeInstanceOf(IntakeClosedError);
    await expect(refused).rejects.toMatchObject({
      code: "intake_closed",
      nextIntakeOpensAt: at(50),
    });
    expect(await store.listParticipants()).toEqual([]);
    expect(mailer.sent).toEqual([]);
  });

  it("is refused without a date when no next intake is planned", async () => {
    const { deps, store } = memoryDeps(NOW);
    await store.createCohort(cohortFixture("coh_past", at(-200)));
    await expect(submitApplication(deps, validMentee())).rejects.toMatchObject({
      code: "intake_closed",
      nextIntakeOpensAt: undefined,
    });
  });
});

describe("the waiting list", () => {
  it("keeps one entry per address, mails the leave link once, and a repeat at most once a day", async () => {
    const { deps, store, mailer, clock } = memoryDeps(NOW);
    await store.createCohort(cohortFixture("coh_next", "2027-03-01T08:00:00.000Z"));
    const first = await joinWaitingList(deps, {
      email: "Ilze.Ozola@example.lv",
      language: "lv",
      role: "mentor",
      source: "form",
    });
    expect(first.created).toBe(true);
    expect(first.entry).toMatchObject({ role: "mentor", source: "form", notifiedCohorts: [] });
    const [mail] = mailer.sent;
    expect(mail?.to).toBe("Ilze.Ozola@example.lv");
    expect(mail?.subject).toBe("Jūsu adrese ir mentoru programmas gaidītāju sarakstā");
    expect(mail?.text).toContain("Nākamā pieteikšanās sāksies 2027. gada 1. martā.");
    expect(mail?.links?.[0]).toMatch(
      /^https:\/\/mentori\.example\.lv\/waiting-list\/leave\/w_[0-9a-z]+\.[A-Za-z0-9_-]+$/,
    );

    // The same address again (other case, other language): the entry stays as it was.
    const again = await joinWaitingList(deps, {
      email: "ilze.ozola@EXAMPLE.lv",
      language: "en",
      role: "mentee",
      source: "form",
    });
    expect(again).toEqual({ entry: first.entry, created: false });
    await joinWaitingList(deps, { email: "ilze.ozola@example.lv", language: "en", source: "form" });
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1]?.subject).toBe(mail?.subject);
    clock.advance(DAY);
    await joinWaitingList(deps, { email: "ilze.ozola@example.lv", language: "en", source: "form" });
    expect(mailer.sent).toHaveLength(3);
    expect(await store.listWaitingList()).toHaveLength(1);
  });

  it("says in English that no next intake is planned, and why a round's unplaced applicant is on it", async () => {
    const { deps, mailer } = memoryDeps(NOW);
    await joinWaitingList(deps, {
      email: "janis@example.lv",
      language: "en",
      role: "mentee",
      source: "not_this_round",
      cohortId: "coh_1",
    });
    expect(mailer.sent[0]?.text).toContain("No next intake is planned yet.");
    expect(mailer.sent[0]?.text).toContain("In this round of the programme we could not find");
  });

  it("leaves by the link's POST only, once; a tampered link opens nothing", async () => {
    const { deps, store, mailer } = memoryDeps(NOW);
    await joinWaitingList(deps, { email: "anna@example.lv", language: "lv", source: "form" });
    const token = tokenOf(mailer.sent[0]?.links?.[0]);
    const opened = await openLeaveLink(deps, token);
    expect(opened.status).toBe("open");
    expect(await store.getWaitingListEntry("anna@example.lv")).toBeDefined();
    expect(await openLeaveLink(deps, `${token.slice(0, -2)}xx`)).toEqual({ status: "unknown" });
    expect(await openLeaveLink(deps, "f_00000000000000000001.abcdefghijklmnopqrstuv")).toEqual({
      status: "unknown",
    });

    expect((await leaveByLink(deps, token)).status).toBe("done");
    expect(await store.getWaitingListEntry("anna@example.lv")).toBeUndefined();
    expect(
      await store.getWaitingListLink(opened.status === "open" ? opened.entry.entryId : ""),
    ).not.toHaveProperty("email");
    expect(await leaveByLink(deps, token)).toEqual({ status: "left" });
    expect(await openLeaveLink(deps, token)).toEqual({ status: "left" });
    // Joining again is a new entry: the old link does not take it off the list.
    await joinWaitingList(deps, { email: "anna@example.lv", language: "lv", source: "form" });
    expect(await leaveByLink(deps, token)).toEqual({ status: "left" });
    expect(await store.getWaitingListEntry("anna@example.lv")).toBeDefined();
  });
});

describe("announcing an intake", () => {
  it("writes once to every entry not yet told about the cohort, in its language, and marks it", async () => {
    const { deps, store, mailer } = memoryDeps(NOW);
    const cohort = cohortFixture("coh_spring", "2027-01-10T08:00:00.000Z", 21);
    await joinWaitingList(deps, {
      email: "a@example.lv",
      language: "lv",
      role: "mentee",
      source: "form",
    });
    await joinWaitingList(deps, {
      email: "b@example.lv",
      language: "en",
      role: "mentor",
      source: "form",
    });
    await joinWaitingList(deps, { email: "c@example.lv", language: "lv", source: "form" });
    await store.markWaitingListNotified("c@example.lv", cohort.cohortId);
    const joined = mailer.sent.length;

    expect(await announceIntake(deps, cohort)).toEqual({ sent: 2 });
    const [lv, en] = mailer.sent.slice(joined);
    expect(lv?.to).toBe("a@example.lv");
    expect(lv?.subject).toBe(`Sākusies pieteikšanās mentoru programmai: ${cohort.name.lv}`);
    expect(lv?.text).toContain("Pieteikumus pieņemam līdz 2027. gada 31. janvārim.");
    expect(lv?.text).toContain("Informatīvais seminārs notiks 2027. gada 3. februārī plkst. 10.00");
    expect(lv?.links?.[0]).toBe("https://mentori.example.lv/apply?role=mentee&lang=lv");
    expect(lv?.links?.[1]).toMatch(/\/waiting-list\/leave\/w_/);
    expect(en?.text).toContain("until 31 January 2027");
    expect(en?.links?.[0]).toBe("https://mentori.example.lv/apply?role=mentor&lang=en");
    for (const email of ["a@example.lv", "b@example.lv", "c@example.lv"])
      expect((await store.getWaitingListEntry(email))?.notifiedCohorts).toEqual([cohort.cohortId]);

    // Again (a retried step): nobody is written to twice.
    expect(await announceIntake(deps, cohort)).toEqual({ sent: 0 });
    expect(mailer.sent).toHaveLength(joined + 2);
  });
});

describe("erasure and the GDPR export", () => {
  it("exports the address's waiting-list entry and erases it with the person", async () => {
    const { deps, store, mailer } = memoryDeps(NOW);
    const mentee = validMentee();
    const outcome = await submitApplication(deps, mentee);
    if (outcome.outcome !== "created") throw new Error("not created");
    await joinWaitingList(deps, { email: mentee.email, language: "lv", source: "not_this_round" });
    const exported = await exportParticipant(deps, outcome.participantId);
    expect(exported.waitingList).toMatchObject({ email: mentee.email, source: "not_this_round" });

    await eraseParticipant(deps, outcome.participantId, { confirm: mentee.email }, "ilze");
    expect(await store.getWaitingListEntry(mentee.email)).toBeUndefined();
    const token = tokenOf(mailer.to(mentee.email).at(-1)?.links?.[0]);
    expect(await openLeaveLink(deps, token)).toEqual({ status: "left" });
  });

  it("exports the person's round answers and erases them, keeping only the survey scores", async () => {
    const { deps, store } = memoryDeps(NOW);
    await store.createCohort(cohortFixture("coh_round", at(-2)));
    const mentee = validMentee();
    const outcome = await submitApplication(deps, mentee);
    if (outcome.outcome !== "created") throw new Error("not created");
    const id = outcome.participantId;
    const answer = (kind: "survey_end" | "mentee_future", answers: Record<string, unknown>) =>
      store.putCohortAnswer({
        cohortId: "coh_round",
        participantId: id,
        kind,
        answers,
        answeredAt: NOW,
      });
    await answer("survey_end", { satisfaction: 9, recommend: 10, comment: "Mana mentore Ilze" });
    await answer("mentee_future", { future: "mentor" });
    const exported = await exportParticipant(deps, id);
    expect(exported.cohortAnswers.map((a) => a.kind).sort()).toEqual([
      "mentee_future",
      "survey_end",
    ]);

    const { erasure } = await eraseParticipant(deps, id, { confirm: mentee.email }, "ilze");
    const left = await store.listCohortAnswers("coh_round");
    expect(left).toEqual([
      {
        cohortId: "coh_round",
        participantId: erasure.pseudonym,
        kind: "survey_end",
        answers: { satisfaction: 9, recommend: 10 },
        answeredAt: NOW,
      },
    ]);
    expect(JSON.stringify(left)).not.toContain("Ilze");
  });
});
