import { describe, expect, it } from "vitest";
import { startLocalServer } from "../../infra/local/spawn-local-system.js";
import {
  type Mail,
  planFields,
  portOpen,
  programmeClient,
  REFLECTION,
} from "./programme-client.js";

describe("SIGKILL in the middle of a cycle, then npm start again", () => {
  it("continues where it was: no answer lost, no e-mail sent twice", async () => {
    const env = { LOCAL_CLOCK_SPEED: "0" };
    const first = await startLocalServer({ env });
    const token = (await import("node:fs"))
      .readFileSync(`${first.localDir}/coordinator-token`, "utf8")
      .trim();
    const a = programmeClient(first.baseUrl, token);
    const { relationshipId, mentee, mentor } = await a.startRelationship("E2E restart");
    for (const person of [mentee.email, mentor.email]) {
      await a.answer(person, /please confirm|apstipriniet/, { decision: "accept" });
    }
    await a.answer(mentor.email, /plan/i, planFields((await a.clock()).now, 2));
    await a.waitForPhase(relationshipId, "learning");
    await a.advance("P6D");
    const menteeReflection = await a.waitForMail(mentee.email, /session 1 go|1\. tikšanās reizē/);
    const mentorReflection = await a.waitForMail(mentor.email, /session 1 go|1\. tikšanās reizē/);
    expect((await a.postForm(a.formLink(menteeReflection), REFLECTION)).status).toBe(200);
    const before: Mail[] = [...(await a.mailTo(mentee.email)), ...(await a.mailTo(mentor.email))];

    // Kill it: no shutdown at all, DynamoDB Local goes down with it.
    expect(await first.stop("SIGKILL")).toBe(null);
    await a.waitFor("the port to close", async () => !(await portOpen(first.port)));

    const second = await startLocalServer({ localDir: first.localDir, port: first.port, env });
    try {
      expect(second.output()).toMatch(/relationships resumed: 1/);
      const b = programmeClient(second.baseUrl, token);
      // The mentor's open reflection form still works with the link from before the kill.
      expect((await b.postForm(b.formLink(mentorReflection), REFLECTION)).status).toBe(200);
      // The mentee's answer was not lost: the form says it is recorded.
      expect((await fetch(b.formLink(menteeReflection))).status).toBe(410);
      const detail = await b.relationship(relationshipId);
      expect((detail.ratings as { session: number }[]).filter((r) => r.session === 1)).toHaveLength(
        2,
      );

      // Carry on to the end.
      await b.advance("P14D");
      for (const person of [mentee.email, mentor.email]) {
        await b.answer(person, /session 2 go|2\. tikšanās reizē/, REFLECTION);
      }
      for (const person of [mentee.email, mentor.email]) {
        await b.answer(person, /Clos|noslēgums/, {
          goalsReached: "Daudz",
          learnings: "Daudz",
          keepInTouch: "no",
        });
      }
      await b.waitForPhase(relationshipId, "closed");

      // Nothing sent before the kill was sent again after it.
      const after: Mail[] = [...(await b.mailTo(mentee.email)), ...(await b.mailTo(mentor.email))];
      const earlierLinks = new Set(before.flatMap((mail) => mail.links));
      expect(after.flatMap((mail) => mail.links).filter((link) => earlierLinks.has(link))).toEqual(
        [],
      );
      const subjects = [...before, ...after].map((mail) => `${mail.to[0]} ${mail.subject}`);
      expect(new Set(subjects).size).toBe(subjects.length);
    } finally {
      await second.stop("SIGINT");
    }
  }, 420_000); // starts the whole system twice (each start may take up to 3 minutes when busy)
});
