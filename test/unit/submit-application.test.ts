import { describe, expect, it } from "vitest";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import { MemoryStore } from "../../shared/adapters/memory/memory-store.js";
import { confirmApplication } from "../../shared/domain/confirm-application.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import type { Clock } from "../../shared/ports/clock.js";
import type { Ids } from "../../shared/ports/ids.js";
import { participantIdSchema, participantSchema } from "../../shared/schemas/participant.js";
import { validMentee, validMentor } from "../fixtures/applications.js";
import { confirmationToken, createdId } from "../fixtures/confirmed-applicants.js";
import { RecordingMailer } from "../fixtures/recording-mailer.js";

/** A clock that stands still until told to move. */
class FixedClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Ids 1, 2, 3, ... in the participant id format. */
class CountingIds implements Ids {
  issued: string[] = [];
  next(prefix: string) {
    const id = `${prefix}_${String(this.issued.length + 1).padStart(20, "0")}`;
    this.issued.push(id);
    return id;
  }
}

const START = "2026-11-02T09:30:00.000Z";
const DAY = 86_400_000;

function setup() {
  const store = new MemoryStore();
  const clock = new FixedClock(new Date(START));
  const ids = new CountingIds();
  const mailer = new RecordingMailer();
  const deps = {
    store,
    clock,
    ids,
    mailer,
    signer: new HmacSigner(["unit-test-link-secret-0123"]),
    config: {
      baseUrl: "https://mentori.example.lv",
      contactEmail: "koordinators@example.lv",
      coordinatorEmail: "koordinators@example.lv",
    },
  };
  return { store, clock, ids, mailer, deps };
}

describe("submitApplication", () => {
  it("keeps an eligible application unconfirmed for 7 days and mails the address its link", async () => {
    const { store, ids, mailer, deps } = setup();
    const application = validMentee();

    const outcome = await submitApplication(deps, application);

    expect(ids.issued).toHaveLength(1);
    const [participantId] = ids.issued;
    expect(participantIdSchema.safeParse(participantId).success).toBe(true);
    expect(outcome).toEqual({ outcome: "created", participantId });

    const stored = await store.getParticipant(participantId ?? "");
    expect(participantSchema.safeParse(stored).success).toBe(true);
    expect(stored).toEqual({
      participantId,
      role: "mentee",
      name: application.name,
      email: application.email,
      language: application.language,
      status: "eligible",
      reasons: [],
      appliedAt: START,
      confirmation: "unconfirmed",
      confirmBy: "2026-11-09T09:30:00.000Z",
      application,
    });
    const [mail] = mailer.sent;
    expect(mailer.sent).toHaveLength(1);
    expect(mail).toMatchObject({
      to: application.email,
      key: `application:${participantId}:confirm`,
      subject: "Jūsu pieteikums mentoru programmai gaida apstiprinājumu",
    });
    expect(mail?.links).toEqual([
      expect.stringMatching(
        new RegExp(`^https://mentori\\.example\\.lv/confirm/${participantId}\\.`),
      ),
    ]);
    // Whoever typed the address may not own it: nothing of the application is in the mail.
    for (const written of [application.name, application.institutionName, application.goal])
      expect(`${mail?.text}${mail?.html}`).not.toContain(written);
    expect(mail?.text).toContain("Labdien!");
    expect(mail?.text).toContain("2026. gada 9. novembrī plkst. 11.30");
  });

  it("stores an ineligible application too, with its reasons", async () => {
    const { store, deps } = setup();
    const application = validMentee({ institutionType: "other" });

    const participantId = createdId(await submitApplication(deps, application));

    const stored = await store.getParticipant(participantId);
    expect(stored?.status).toBe("ineligible");
    expect(stored?.reasons.map((reason) => reason.code)).toEqual(["institution_type_not_eligible"]);
    expect(stored?.reasons[0]?.message.lv).toMatch(/[āčēģīķļņšūž]/);
    expect(stored?.application).toEqual(application);
    expect(await store.listParticipants()).toHaveLength(1);
  });

  it("keeps an ineligible mentor with every reason", async () => {
    const { store, deps } = setup();
    const participantId = createdId(
      await submitApplication(deps, validMentor({ capacity: 0, supportedRoleCategories: [] })),
    );
    const [stored] = await store.listParticipants({ role: "mentor" });
    expect(stored?.participantId).toBe(participantId);
    expect(stored?.reasons.map((reason) => reason.code).sort()).toEqual([
      "capacity_out_of_range",
      "no_role_category_supported",
    ]);
  });

  it("takes the time of each application from the clock", async () => {
    const { store, clock, deps } = setup();
    const first = createdId(await submitApplication(deps, validMentee()));
    clock.advance(90 * 60 * 1000);
    const second = createdId(await submitApplication(deps, validMentor()));

    expect((await store.getParticipant(first))?.appliedAt).toBe(START);
    expect((await store.getParticipant(second))?.appliedAt).toBe("2026-11-02T11:00:00.000Z");
    expect((await store.listParticipants()).map((p) => p.participantId)).toEqual([first, second]);
    expect((await store.listParticipants({ role: "mentee" })).map((p) => p.role)).toEqual([
      "mentee",
    ]);
  });

  it("keeps no second application from the same e-mail in another letter case: its owner hears of it", async () => {
    const { store, clock, mailer, deps } = setup();
    const first = validMentee({ email: "Liga.Berzina@Example.LV" });
    const participantId = createdId(await submitApplication(deps, first));
    clock.advance(1000);

    const second = validMentee({ email: "liga.berzina@example.lv", name: "Cita Persona" });
    expect(await submitApplication(deps, second)).toEqual({ outcome: "repeated" });

    const all = await store.listParticipants();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ participantId, name: first.name, appliedAt: START });
    // To the stored address, with the same link again; nothing of either application.
    const [confirm, again] = mailer.sent;
    expect(again).toMatchObject({
      to: first.email,
      subject: "Ar jūsu e-pasta adresi vēlreiz iesniegts pieteikums",
    });
    expect(again?.links).toEqual(confirm?.links);
    expect(`${again?.text}${again?.html}`).not.toContain("Cita Persona");
    expect(`${again?.text}${again?.html}`).not.toContain(first.name);
  });

  it("one e-mail is one application, whatever the role", async () => {
    const { store, deps } = setup();
    await submitApplication(deps, validMentee({ email: "person@example.lv" }));
    expect(await submitApplication(deps, validMentor({ email: "PERSON@example.lv" }))).toEqual({
      outcome: "repeated",
    });
    expect(await store.listParticipants({ role: "mentor" })).toEqual([]);
  });

  it("tells a confirmed owner the status, with no link, and at most once a day", async () => {
    const { clock, mailer, deps } = setup();
    const application = validMentor({ email: "janis@example.lv" });
    await submitApplication(deps, application);
    const confirmed = await confirmApplication(
      deps,
      confirmationToken(mailer.sent[0]?.links ?? []),
    );
    expect(confirmed.status).toBe("done");
    // Confirming brings the receipt: what was received, for the owner only now.
    expect(mailer.sent[1]?.subject).toBe("We have your application to the mentoring programme");
    expect(mailer.sent[1]?.text).toContain(application.organisation);

    for (let i = 0; i < 3; i++)
      await submitApplication(deps, validMentor({ email: "janis@example.lv" }));
    const again = mailer.sent.slice(2);
    expect(again).toHaveLength(1);
    expect(again[0]?.links).toEqual([]);
    // The mentor writes in English: the status in their language, nothing else of theirs.
    expect(again[0]?.subject).toBe("Someone applied with your e-mail address again");
    expect(again[0]?.text).toContain(
      "it meets the programme's conditions and waits to be matched with a partner.",
    );
    expect(again[0]?.text).not.toContain(application.organisation);

    clock.advance(DAY);
    await submitApplication(deps, validMentor({ email: "janis@example.lv" }));
    expect(mailer.sent).toHaveLength(4);
  });

  it("an unconfirmed application whose link has expired gives its address up", async () => {
    const { store, clock, deps } = setup();
    const first = createdId(await submitApplication(deps, validMentee({ email: "a@example.lv" })));
    clock.advance(7 * DAY - 1);
    expect((await submitApplication(deps, validMentee({ email: "a@example.lv" }))).outcome).toBe(
      "repeated",
    );
    clock.advance(1);
    const second = createdId(await submitApplication(deps, validMentee({ email: "a@example.lv" })));
    expect(second).not.toBe(first);
    expect(await store.findParticipantIdByEmail("a@example.lv")).toBe(second);
  });

  it("the store hands out copies: changing a read participant changes nothing stored", async () => {
    const { store, deps } = setup();
    const participantId = createdId(await submitApplication(deps, validMentee()));
    const read = await store.getParticipant(participantId);
    if (!read) throw new Error("expected a stored participant");
    read.status = "ineligible";
    read.reasons.push({
      code: "role_category_missing",
      field: "roleCategory",
      message: { lv: "x", en: "x" },
    });
    const again = await store.getParticipant(participantId);
    expect(again?.status).toBe("eligible");
    expect(again?.reasons).toEqual([]);
  });

  it("an unknown participant id reads as undefined", async () => {
    const { store } = setup();
    expect(await store.getParticipant("p_00000000000000000000")).toBeUndefined();
  });
});
