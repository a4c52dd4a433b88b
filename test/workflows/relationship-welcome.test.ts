import { describe, expect, it } from "vitest";
import { openFormLink } from "../../shared/domain/workflow/answer-form.js";
import { listOverdueForms } from "../../shared/domain/workflow/list-overdue-forms.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { ACCEPT, useHarness } from "./harness.js";

const h = useHarness();

const INTRODUCTION = {
  workAreas: "Datu pārvaldība ministrijā",
  howILearn: "Praktiski piemēri un īsas diskusijas",
  wantToDevelop: "Vadīt digitālās pārmaiņas komandā",
  inspires: "Kolēģi, kas uzdrīkstas mēģināt",
  personalFacts: "",
};

describe("the welcome and the mentee's introduction", () => {
  it("welcomes with the first-meeting guides; the mentee's introduction reaches the mentor once", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    const mentee = mentees[0]?.email ?? "";
    for (const person of [mentor.email, mentee])
      await h.answer(await h.waitForMail(person, /match|pāris/i), ACCEPT);
    await h.waitForState(relationshipId, STATES.waitPlan);

    // The mentee: the introduction form as the button, both guides below it.
    const welcome = await h.waitForMail(mentee, /welcome|Laipni/i);
    const [form, ...guides] = welcome.links;
    expect(form).toMatch(/\/f\//);
    expect(guides.map((url) => new URL(url).pathname)).toEqual([
      "/guide/first-meeting",
      "/guide/conversation",
    ]);
    expect(welcome.text).toContain("6");
    // The partners can reach each other: the mentee's welcome gives the mentor's address, a
    // reply goes to the mentor, and it says the mentee arranges the first meeting.
    expect(welcome.text).toContain(mentor.email);
    expect(welcome.html).toContain(mentor.email);
    expect(welcome.replyTo).toEqual([mentor.email]);
    expect(welcome.text).toMatch(/Pirmo tikšanos sarunājat jūs|You arrange the first meeting/);
    // The mentor: the conversation guide as the button, no form, not the mentee's checklist;
    // the mentee's address, and a reply goes to the mentee.
    const mentorWelcome = await h.waitForMail(mentor.email, /welcome|Laipni/i);
    expect(mentorWelcome.links.some((url) => url.includes("/f/"))).toBe(false);
    expect(mentorWelcome.links.map((url) => new URL(url).pathname)).toEqual([
      "/guide/conversation",
    ]);
    expect(mentorWelcome.text).toContain(mentee);
    expect(mentorWelcome.replyTo).toEqual([mentee]);
    expect(mentorWelcome.text).toMatch(/sarunā mentorējamais|The mentee arranges/);
    expect(mentorWelcome.text).not.toContain("piekritušies");

    // Nothing waits for the introduction: opening it shows the form, the workflow goes on.
    const link = (form ?? "").split("/f/")[1] ?? "";
    const opened = await openFormLink(h.deps, link);
    expect(opened).toMatchObject({ status: "open", form: { kind: "introduction" } });

    // Required fields are checked before anything is kept.
    const missing = await h.answer(welcome, { ...INTRODUCTION, workAreas: "" });
    expect(missing.status).toBe("invalid");
    expect(
      (await h.mailTo(mentor.email)).some((m) => /introduces|iepazīstina/.test(m.subject)),
    ).toBe(false);

    expect((await h.answer(welcome, INTRODUCTION)).status).toBe("recorded");
    const introduction = await h.waitForMail(mentor.email, /introduces|iepazīstina/);
    // The mentor reads it in their own language, with the mentee's words and no empty fields.
    expect(introduction.text).toContain("Datu pārvaldība ministrijā");
    expect(introduction.text).toContain("Kolēģi, kas uzdrīkstas mēģināt");
    expect(introduction.html).toContain("<dl>");
    expect(introduction.text).not.toMatch(/hobiji|hobbies/);
    // A second submission is "already recorded" and sends nothing more.
    expect((await h.answer(welcome, INTRODUCTION)).status).toBe("answered");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = (await h.mailTo(mentor.email)).filter((m) =>
      /introduces|iepazīstina/.test(m.subject),
    );
    expect(sent).toHaveLength(1);
    expect(h.state(relationshipId)).toBe(STATES.waitPlan);
    const timeline = (await h.deps.workflowStore.listEvents(relationshipId)).map((e) => e.type);
    expect(timeline).toContain("introduction_received");
  });
});

describe("forms overdue", () => {
  it("lists a reminded, unanswered form for the coordinator until it is answered", async () => {
    const { relationshipId, mentor, mentees } = await h.seed();
    const mentee = mentees[0]?.email ?? "";
    await h.answer(await h.waitForMail(mentor.email, /match|pāris/i), ACCEPT);
    const menteeConsent = await h.waitForMail(mentee, /match|pāris/i);
    const mine = async () =>
      (await listOverdueForms(h.deps)).filter((f) => f.relationshipId === relationshipId);
    // Waiting, but not late yet: the open forms index has it, the overdue list does not.
    const open = (await h.deps.workflowStore.listOpenForms()).filter(
      (f) => f.relationshipId === relationshipId,
    );
    expect(open.map((f) => f.kind)).toEqual(["consent"]);
    expect(await mine()).toEqual([]);

    h.advanceDays(3);
    await h.waitForMail(mentee, /Reminder|Atgādinājums/);
    const overdue = await h.until("the overdue consent", async () => {
      const found = await mine();
      return found.length > 0 ? found : undefined;
    });
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({
      kind: "consent",
      reminders: 1,
      participantId: mentees[0]?.id,
    });
    expect(overdue[0]?.participantName).toBeTruthy();

    expect((await h.answer(menteeConsent, ACCEPT)).status).toBe("recorded");
    expect(await mine()).toEqual([]);
    await h.waitForState(relationshipId, STATES.waitPlan);
    // The welcome's introduction form waits for nobody: never in the open forms index.
    const openNow = await h.until("the plan form", async () => {
      const found = (await h.deps.workflowStore.listOpenForms()).filter(
        (f) => f.relationshipId === relationshipId,
      );
      return found.length > 0 ? found : undefined;
    });
    expect(openNow.map((f) => f.kind)).toEqual(["plan"]);
  });
});
