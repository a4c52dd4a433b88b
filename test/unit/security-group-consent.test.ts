import { describe, expect, it } from "vitest";
import { consentForm } from "../../shared/domain/forms/consent-form.js";
import type { WorkflowDeps } from "../../shared/domain/workflow/workflow-deps.js";
import type { Participant } from "../../shared/schemas/participant.js";
import type { FormRequest, Relationship } from "../../shared/schemas/workflow.js";
import { validMentee, validMentor } from "../fixtures/applications.js";

const MENTOR = "p_mentor0000000000000000";
const ANNA = "p_anna000000000000000000";
const BAIBA = "p_baiba00000000000000000";

const person = (participantId: string, application: Participant["application"]) =>
  ({
    participantId,
    role: application.role,
    name: application.name,
    email: application.email,
    language: "lv",
    status: "eligible",
    reasons: [],
    appliedAt: "2027-01-01T09:00:00.000Z",
    application,
  }) as Participant;

const people = new Map<string, Participant>([
  [
    MENTOR,
    person(
      MENTOR,
      validMentor({ name: "Jānis Mentors", organisation: "Mentora uzņēmums", formats: ["group"] }),
    ),
  ],
  [
    ANNA,
    person(
      ANNA,
      validMentee({
        name: "Anna Pirmā",
        institutionName: "Annas iestāde",
        goal: "Annas slepenais mērķis",
        needTopics: ["data_analytics", "digital_services"],
        preferredFormats: ["group"],
      }),
    ),
  ],
  [
    BAIBA,
    person(
      BAIBA,
      validMentee({
        name: "Baiba Otrā",
        institutionName: "Baibas iestāde",
        goal: "Baibas slepenais mērķis",
        position: "Baibas amats",
        needTopics: ["data_analytics", "cybersecurity"],
        preferredFormats: ["group"],
      }),
    ),
  ],
]);

const deps = {
  store: { getParticipant: async (id: string) => people.get(id) },
} as unknown as WorkflowDeps;

const relationship = {
  relationshipId: "rel_group",
  format: "group",
  mentorId: MENTOR,
  menteeIds: [ANNA, BAIBA],
  candidates: [],
} as unknown as Relationship;

const detailsFor = async (participantId: string) => {
  const form = { participantId, relationshipId: "rel_group" } as FormRequest;
  const context = await consentForm.context?.(deps, relationship, form);
  return context?.details ?? { lv: "", en: "" };
};

describe("a group's consent page, as a curious co-mentee would read it", () => {
  it("shows a mentee the mentor and the group's size and shared topics, no other mentee", async () => {
    const { lv, en } = await detailsFor(ANNA);
    for (const text of [lv, en]) {
      expect(text).toContain("Mentora uzņēmums");
      for (const other of [
        "Baiba Otrā",
        "Baibas iestāde",
        "Baibas slepenais mērķis",
        "Baibas amats",
      ])
        expect(text).not.toContain(other);
    }
    expect(lv).toContain("Grupā kopā ar jums būs 2 mentorējamie.");
    expect(en).toContain("The group will have 2 mentees, you included.");
    // Both named data analytics; only one named cybersecurity.
    expect(en).toMatch(/Topics you share: [^<]*data/i);
    expect(en).not.toMatch(/Topics you share: [^<]*cyber/i);
  });

  it("shows the mentor every mentee of the group", async () => {
    const { lv } = await detailsFor(MENTOR);
    for (const text of ["Anna Pirmā", "Annas iestāde", "Baiba Otrā", "Baibas iestāde"])
      expect(lv).toContain(text);
    expect(lv).not.toContain("Jūsu grupa");
  });
});
