import { describe, expect, inject, it } from "vitest";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { CLOSURE, planFields, programmeClient, REFLECTION } from "./programme-client.js";

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));

/**
 * A mentee and two mentors apply and confirm; matching over the three proposes one mentor,
 * the coordinator approves: the proposed mentor declines with a reason, and the workflow
 * moves on to the other mentor by itself.
 */
async function startWithDecline(label: string) {
  const menteeApplication = validMentee({
    preferredFormats: ["individual"],
    institutionName: `${label} iestāde`,
  });
  const mentorApplications = ["A", "B"].map((letter) =>
    validMentor({ formats: ["individual"], organisation: `${label} ${letter}`, capacity: 3 }),
  );
  const menteeId = await client.apply(menteeApplication);
  const mentorIds: string[] = [];
  for (const application of mentorApplications) mentorIds.push(await client.apply(application));
  const run = await client.console<{ proposals: { proposalId: string; mentorId: string }[] }>(
    "/api/console/matching-runs",
    { participantIds: [menteeId, ...mentorIds], minimumScore: 0 },
  );
  const proposal = run.body.proposals[0];
  if (!proposal) throw new Error("no proposal");
  const approved = await client.console<{ relationshipId: string }>(
    `/api/console/proposals/${proposal.proposalId}/approve`,
    {},
  );
  expect(approved.status).toBe(201);
  const email = (id: string) =>
    mentorApplications[mentorIds.indexOf(id)]?.email ?? "no such mentor";
  const declinerId = proposal.mentorId;
  const otherId = mentorIds.find((id) => id !== declinerId) ?? "";
  return {
    relationshipId: approved.body.relationshipId,
    mentee: { id: menteeId, email: menteeApplication.email },
    decliner: { id: declinerId, email: email(declinerId) },
    mentor: { id: otherId, email: email(otherId) },
  };
}

describe("a relationship through the whole programme, over HTTP only", () => {
  it("a decline and the rematch, consent, the plan to everyone, sessions (one not held), closing words to the partner", async () => {
    const { relationshipId, mentee, mentor, decliner } = await startWithDecline("E2E dzīves cikls");

    // The proposed mentor declines with a reason; the mentee is told kindly, without it.
    const reason = "Šajā pusgadā man nav laika";
    expect(
      (
        await client.answer(decliner.email, /please confirm|apstipriniet/, {
          decision: "decline",
          reason,
        })
      ).status,
    ).toBe(200);
    const kind = await client.waitForMail(mentee.email, /citu mentoru|another mentor/);
    expect(kind.text).not.toContain(reason);
    // The rematch: the other mentor is asked; the coordinator sees who declined and why.
    await client.waitForMail(mentor.email, /please confirm|apstipriniet/);
    const rematched = await client.relationship(relationshipId);
    expect((rematched.participants as { mentorId: string }).mentorId).toBe(mentor.id);
    const decline = (rematched.timeline as { type: string; actor: string; detail: object }[]).find(
      (event) => event.type === "consent_decline",
    );
    expect(decline).toMatchObject({ actor: decliner.id, detail: { reason } });
    // A later matching run never proposes the pair again.
    const later = await client.console<{ proposals: { mentorId: string; menteeIds: string[] }[] }>(
      "/api/console/matching-runs",
      { participantIds: [decliner.id, mentee.id], minimumScore: 0 },
    );
    expect(later.body.proposals.filter((p) => p.mentorId === decliner.id)).toEqual([]);

    // Consent: the links in the mailbox lead to the forms.
    for (const person of [mentee.email, mentor.email]) {
      const mail = await client.waitForMail(person, /please confirm|apstipriniet/);
      const link = client.formLink(mail);
      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('name="decision"');
      const answer = await client.postForm(link, { decision: "accept" });
      expect(answer.status).toBe(200);
      // A second post of the same form is told it is already recorded.
      const again = await client.postForm(link, { decision: "decline" });
      expect(again.status).toBe(410);
      expect(again.html).toMatch(/already recorded|jau ir saņemta/);
    }

    // Plan: the mentor writes it; three sessions every two weeks.
    const now = (await client.clock()).now;
    expect((await client.answer(mentor.email, /plan/i, planFields(now, 3))).status).toBe(200);
    const planned = await client.waitForPhase(relationshipId, "learning");
    expect(planned.sessions).toHaveLength(3);
    // The plan reaches the mentee too: the goals and the dates.
    const plan = await client.waitForMail(mentee.email, /kopīgie mērķi|goals and dates/);
    expect(plan.text).toContain("Ieviest datu paneli");

    // Sessions: move the clock past each, answer the reflections (and the checkpoint).
    for (let n = 1; n <= 3; n++) {
      await client.advance(n === 1 ? "P6D" : "P14D");
      const reflectionMail = new RegExp(`session ${n} go|${n}\\. tikšanās reizē`);
      // The last session's reflection promises no "next time".
      const page = await (
        await fetch(client.formLink(await client.waitForMail(mentee.email, reflectionMail)))
      ).text();
      if (n === 3) expect(page).not.toMatch(/nākamajai reizei|before next time|Nākamreiz/);
      else expect(page).toMatch(/nākamajai reizei|before next time/);
      expect((await client.answer(mentee.email, reflectionMail, REFLECTION)).status).toBe(200);
      // Session 2 did not take place for the mentor: why and a new date, no ratings.
      const mentorAnswer =
        n === 2
          ? {
              held: "no",
              valueRating: "2",
              notHeldReason: "agreed_to_move",
              proposedDate: "2031-05-06T10:00",
            }
          : REFLECTION;
      expect((await client.answer(mentor.email, reflectionMail, mentorAnswer)).status).toBe(200);
      if (n === 3) {
        const checkpoint = await client.waitForMail(mentee.email, /Progress|Progresa/);
        const goalField = /name="(progress_[a-z0-9]+)"/.exec(
          await (await fetch(client.formLink(checkpoint))).text(),
        )?.[1];
        expect(goalField).toBeDefined();
        const answer = await client.postForm(client.formLink(checkpoint), {
          [goalField ?? ""]: "70",
          planChangeNeeded: "no",
        });
        expect(answer.status).toBe(200);
      }
    }

    // Closure: everyone closes, the relationship is closed and every session held.
    const feedback = "Paldies par atklātību un praktiskajiem piemēriem";
    expect(
      (await client.answer(mentee.email, /Clos|noslēgums/, { ...CLOSURE, feedback })).status,
    ).toBe(200);
    expect((await client.answer(mentor.email, /Clos|noslēgums/, CLOSURE)).status).toBe(200);
    const closed = await client.waitForPhase(relationshipId, "closed");
    // The mentee's words for the mentor reach the mentor, and both wanted to stay in touch.
    const closing = await client.waitForMail(mentor.email, /noslēgusies|has ended/);
    expect(closing.text).toContain(feedback);
    expect(closing.text).toContain(mentee.email);
    const menteeClosing = await client.waitForMail(mentee.email, /noslēgusies|has ended/);
    expect(menteeClosing.text).toContain(mentor.email);
    expect(menteeClosing.text).not.toContain(feedback);
    expect((closed.sessions as { held: string }[]).map((s) => s.held)).toEqual([
      "yes",
      "yes",
      "yes",
    ]);
    // Reflections were not shared: the coordinator sees ratings, never their words.
    expect(JSON.stringify(closed)).not.toContain(REFLECTION.mostValuable);
    const ratings = closed.ratings as Record<string, unknown>[];
    expect(ratings).toHaveLength(6);
    const notHeld = ratings.find((r) => r.participantId === mentor.id && r.session === 2);
    expect(notHeld).toMatchObject({
      held: "no",
      notHeldReason: "agreed_to_move",
      proposedDate: "2031-05-06T10:00",
    });
    // The rating typed in anyway is not kept: a session not held has no ratings.
    expect(notHeld?.valueRating).toBeUndefined();
  });

  it("tells unknown, tampered and used links apart, and a GET changes nothing", async () => {
    const { mentee } = await client.startRelationship("E2E saites");
    const link = client.formLink(
      await client.waitForMail(mentee.email, /please confirm|apstipriniet/),
    );
    const tampered = `${link.slice(0, -3)}AAA`;
    expect((await fetch(tampered)).status).toBe(404);
    expect((await fetch(`${client.base}/f/nothing-here`)).status).toBe(404);
    for (let i = 0; i < 3; i++) expect((await fetch(link)).status).toBe(200);
    expect((await client.postForm(tampered, { decision: "accept" })).status).toBe(404);

    // 50 answers at once: exactly one is recorded.
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => client.postForm(link, { decision: "accept" })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 410)).toHaveLength(49);
  });
});
