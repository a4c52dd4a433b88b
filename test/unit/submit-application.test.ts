import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../shared/adapters/memory/memory-store.js";
import { DuplicateApplicationError } from "../../shared/domain/errors.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import type { Clock } from "../../shared/ports/clock.js";
import type { Ids } from "../../shared/ports/ids.js";
import { participantIdSchema, participantSchema } from "../../shared/schemas/participant.js";
import { validMentee, validMentor } from "../fixtures/applications.js";

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

function setup() {
  const store = new MemoryStore();
  const clock = new FixedClock(new Date(START));
  const ids = new CountingIds();
  return { store, clock, ids, deps: { store, clock, ids } };
}

describe("submitApplication", () => {
  it("stores an eligible application with appliedAt from the clock", async () => {
    const { store, ids, deps } = setup();
    const application = validMentee();

    const result = await submitApplication(deps, application);

    expect(ids.issued).toHaveLength(1);
    const [participantId] = ids.issued;
    expect(participantIdSchema.safeParse(participantId).success).toBe(true);
    expect(result).toEqual({ participantId, status: "eligible", reasons: [] });

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
      application,
    });
  });

  it("stores an ineligible application too, with its reasons", async () => {
    const { store, deps } = setup();
    const application = validMentee({ institutionType: "other" });

    const result = await submitApplication(deps, application);

    expect(result.status).toBe("ineligible");
    expect(result.reasons.map((reason) => reason.code)).toEqual(["institution_type_not_eligible"]);
    const stored = await store.getParticipant(result.participantId);
    expect(stored?.status).toBe("ineligible");
    expect(stored?.reasons).toEqual(result.reasons);
    expect(stored?.reasons[0]?.message.lv).toMatch(/[āčēģīķļņšūž]/);
    expect(stored?.application).toEqual(application);
    expect(await store.listParticipants()).toHaveLength(1);
  });

  it("keeps an ineligible mentor with every reason", async () => {
    const { store, deps } = setup();
    const result = await submitApplication(
      deps,
      validMentor({ capacity: 0, supportedRoleCategories: [] }),
    );
    expect(result.status).toBe("ineligible");
    expect(result.reasons.map((reason) => reason.code).sort()).toEqual([
      "capacity_out_of_range",
      "no_role_category_supported",
    ]);
    const [stored] = await store.listParticipants({ role: "mentor" });
    expect(stored?.participantId).toBe(result.participantId);
    expect(stored?.reasons).toHaveLength(2);
  });

  it("takes the time of each application from the clock", async () => {
    const { store, clock, deps } = setup();
    const first = await submitApplication(deps, validMentee());
    clock.advance(90 * 60 * 1000);
    const second = await submitApplication(deps, validMentor());

    expect((await store.getParticipant(first.participantId))?.appliedAt).toBe(START);
    expect((await store.getParticipant(second.participantId))?.appliedAt).toBe(
      "2026-11-02T11:00:00.000Z",
    );
    expect((await store.listParticipants()).map((p) => p.participantId)).toEqual([
      first.participantId,
      second.participantId,
    ]);
    expect((await store.listParticipants({ role: "mentee" })).map((p) => p.role)).toEqual([
      "mentee",
    ]);
  });

  it("refuses the same e-mail in another letter case, and stores nothing more", async () => {
    const { store, clock, deps } = setup();
    const first = validMentee({ email: "Liga.Berzina@Example.LV" });
    const result = await submitApplication(deps, first);
    clock.advance(1000);

    await expect(
      submitApplication(
        deps,
        validMentee({ email: "liga.berzina@example.lv", name: "Cita Persona" }),
      ),
    ).rejects.toBeInstanceOf(DuplicateApplicationError);

    const all = await store.listParticipants();
    expect(all).toHaveLength(1);
    expect(all[0]?.participantId).toBe(result.participantId);
    expect(all[0]?.name).toBe(first.name);
    expect(all[0]?.appliedAt).toBe(START);
  });

  it("one e-mail is one application, whatever the role", async () => {
    const { store, deps } = setup();
    await submitApplication(deps, validMentee({ email: "person@example.lv" }));
    await expect(
      submitApplication(deps, validMentor({ email: "PERSON@example.lv" })),
    ).rejects.toBeInstanceOf(DuplicateApplicationError);
    expect(await store.listParticipants({ role: "mentor" })).toEqual([]);
  });

  it("the refusal is a domain error with its own code", async () => {
    const { deps } = setup();
    await submitApplication(deps, validMentor({ email: "x@example.lv" }));
    const error = await submitApplication(deps, validMentor({ email: "X@EXAMPLE.LV" })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DuplicateApplicationError);
    expect((error as DuplicateApplicationError).code).toBe("already_applied");
    expect((error as Error).name).toBe("DuplicateApplicationError");
  });

  it("the store hands out copies: changing a read participant changes nothing stored", async () => {
    const { store, deps } = setup();
    const { participantId } = await submitApplication(deps, validMentee());
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
