import { describe, expect, it } from "vitest";
import {
  eraseParticipant,
  exportParticipant,
} from "../../shared/domain/console/participant-data.js";
import { matchPool } from "../../shared/domain/matching/match-pool.js";
import type { MenteeApplication, MentorApplication } from "../../shared/schemas/application.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { ACCEPT, useHarness } from "./harness.js";

const h = useHarness();

/** Issue 12, item 2: a decline is final for that pair, told kindly, explained to the coordinator. */
describe("declines", () => {
  it("a mentor's decline: the mentee is told kindly, the pair is never proposed again, the next mentor is asked", async () => {
    const { relationshipId, mentor, mentees, alternatives } = await h.seed({ alternatives: [{}] });
    const [mentee] = mentees;
    const [next] = alternatives;
    if (!mentee || !next) throw new Error("seed");
    const reason = "Šajā pusgadā man nav laika";
    await h.answer(await h.waitForMail(mentee.email, /match|pāris/i), ACCEPT);
    await h.answer(await h.waitForMail(mentor.email, /match|pāris/i), {
      decision: "decline",
      reason,
    });

    // The mentee hears what happens next, never why.
    const kind = await h.waitForMail(mentee.email, /citu mentoru|another mentor/);
    expect(kind.text).not.toContain(reason);
    expect(kind.text).toMatch(/nekas nav jādara|nothing you need to do/);
    expect(await h.mailTo(mentor.email)).not.toContainEqual(
      expect.objectContaining({ subject: expect.stringMatching(/neveidosies|will not go ahead/) }),
    );

    // The next mentor is asked; the pair is kept on both profiles.
    await h.waitForMail(next.email, /match|pāris/i);
    await h.waitForState(relationshipId, STATES.waitConsent);
    const menteeNow = await h.deps.store.getParticipant(mentee.id);
    const mentorNow = await h.deps.store.getParticipant(mentor.id);
    expect(menteeNow?.declinedWith).toEqual([mentor.id]);
    expect(mentorNow?.declinedWith).toEqual([mentee.id]);

    // A later matching run of the two alone proposes nothing: the pair breaks a hard rule.
    if (!menteeNow || !mentorNow) throw new Error("profiles");
    const again = matchPool(
      [
        {
          id: mentee.id,
          application: menteeNow.application as MenteeApplication,
          declinedWith: menteeNow.declinedWith ?? [],
        },
      ],
      [
        {
          id: mentor.id,
          application: mentorNow.application as MentorApplication,
          remainingCapacity: 6,
          declinedWith: mentorNow.declinedWith ?? [],
        },
      ],
    );
    expect(again.proposals).toEqual([]);
    expect(again.unplaced.map((u) => u.menteeId)).toEqual([mentee.id]);
    // Without the decline the same two are a match: the rule is what keeps them apart.
    const without = matchPool(
      [{ id: mentee.id, application: menteeNow.application as MenteeApplication }],
      [
        {
          id: mentor.id,
          application: mentorNow.application as MentorApplication,
          remainingCapacity: 6,
        },
      ],
    );
    expect(without.proposals).toHaveLength(1);

    // The coordinator sees the reason on the relationship's timeline.
    const decline = (await h.deps.workflowStore.listEvents(relationshipId)).find(
      (e) => e.type === "consent_decline",
    );
    expect(decline).toMatchObject({ actor: mentor.id, detail: { reason } });
  });

  it("a mentee's decline: the mentor is thanked; the escalation shows who declined and why, which the mentor's export and an erasure keep out", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    const [mentee] = mentees;
    if (!mentee) throw new Error("seed");
    const reason = "Vēlos mentoru no citas jomas";
    await h.answer(await h.waitForMail(mentor.email, /match|pāris/i), ACCEPT);
    await h.answer(await h.waitForMail(mentee.email, /match|pāris/i), {
      decision: "decline",
      reason,
    });
    const thanks = await h.waitForMail(mentor.email, /neveidosies|will not go ahead/);
    expect(thanks.text).not.toContain(reason);

    const relationship = await h.openEscalation(relationshipId);
    expect(relationship?.openEscalationReason).toBe("no_candidate_left");
    const [escalation] = (await h.deps.workflowStore.listEscalations("open")).filter(
      (e) => e.escalationId === relationship?.openEscalationId,
    );
    expect(escalation?.evidence).toEqual([
      {
        reason: "no_candidate_left",
        detail: expect.objectContaining({ participantId: mentee.id, role: "mentee", said: reason }),
      },
    ]);

    // The mentor's own export holds neither the mentee's words nor the escalation.
    const exported = JSON.stringify(await exportParticipant(h.deps, mentor.id));
    expect(exported).not.toContain(reason);

    // Closed, then the mentee erased: the words go, and the mentor's list names the pseudonym.
    await h.decide(escalation?.escalationId ?? "", { decision: "close" });
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    const erased = await eraseParticipant(
      h.deps,
      mentee.id,
      { confirm: mentee.email },
      "coordinator-1",
    );
    const events = JSON.stringify(await h.deps.workflowStore.listEvents(relationshipId));
    const escalations = JSON.stringify(await h.deps.workflowStore.listEscalations());
    for (const text of [events, escalations]) {
      expect(text).not.toContain(reason);
      expect(text).not.toContain(mentee.id);
    }
    expect((await h.deps.store.getParticipant(mentor.id))?.declinedWith).toEqual([
      erased.erasure.pseudonym,
    ]);
  });
});
