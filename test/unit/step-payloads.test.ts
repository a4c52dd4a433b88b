import { describe, expect, it } from "vitest";
import { resumeAtSchema, STEP_PAYLOADS } from "../../shared/schemas/step-payloads.js";
import {
  LATVIAN_STATE_NAME,
  STATE_NAMES_LV,
  STATES,
} from "../../shared/workflow/relationship-state-names.js";
import { STEP_HANDLERS } from "../../workflows/relationship/relationship-steps.js";
import { at, type StepFields } from "../../workflows/relationship/stages/machine-kit.js";

describe("the steps' payloads, declared once", () => {
  it("has a schema for every step Lambda and none besides", () => {
    expect(Object.keys(STEP_PAYLOADS).sort()).toEqual(Object.keys(STEP_HANDLERS).sort());
  });

  it("makes the machine's side a compile error when a field differs (checked by tsc)", () => {
    const reminder: StepFields<"SendReminder"> = {
      relationshipId: at("$.relationshipId"),
      session: at("$.rel.session.number"),
    };
    const renamed: StepFields<"SendReminder"> = {
      relationshipId: at("$.relationshipId"),
      // @ts-expect-error a field the schema does not declare (a rename on one side only)
      sessionNumber: at("$.rel.session.number"),
    };
    // @ts-expect-error a field the schema declares is missing
    const missing: StepFields<"NextCandidate"> = { relationshipId: at("$.relationshipId") };
    const form: StepFields<"RequestForm"> = {
      relationshipId: at("$.relationshipId"),
      participantId: at("$.participantId"),
      stepKey: at("$.stepKey"),
      // @ts-expect-error a form kind that does not exist
      kind: "survey",
      mode: "ask",
    };
    expect([reminder, renamed, missing, form]).toHaveLength(4);
  });

  it("parses what the machine sends and refuses a payload without its fields", () => {
    const sent = { relationshipId: "rel-1", session: 2, state: STATES.remind };
    expect(STEP_PAYLOADS.SendReminder.parse(sent)).toEqual(sent);
    expect(STEP_PAYLOADS.SendReminder.safeParse({ relationshipId: "rel-1" }).success).toBe(false);
    expect(resumeAtSchema.safeParse("escalated").success).toBe(true);
  });
});

describe("the states' names", () => {
  it("gives every state a unique number and a Latvian name", () => {
    const numbers = Object.values(STATES).map((name) => name.split(" ")[0]);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const key of Object.keys(STATES) as (keyof typeof STATES)[]) {
      expect(STATE_NAMES_LV[key], key).toMatch(/\S/);
      expect(LATVIAN_STATE_NAME.get(STATES[key])).toBe(STATE_NAMES_LV[key]);
    }
    expect(STATES.invites.startsWith("3.1 ")).toBe(true);
  });
});
