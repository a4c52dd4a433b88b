import { describe, expect, inject, it } from "vitest";
import { validMentee } from "../fixtures/applications.js";
import { programmeClient } from "./programme-client.js";

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));

interface ParticipantView {
  participantId: string;
  role: string;
  institutionType?: { code: string; label: { lv: string; en: string } };
  roleCategory?: { code: string; label: { lv: string; en: string } };
}

describe("the participants the console lists", () => {
  it("carry the mentee's institution type and role category with both labels, for the filters", async () => {
    const application = validMentee({
      institutionType: "planning_region",
      institutionName: "E2E filtru pašvaldība",
    });
    const id = await client.apply(application);
    const { status, body } = await client.console<{ items: ParticipantView[] }>(
      "/api/console/participants",
    );
    expect(status).toBe(200);
    const mentee = body.items.find((p) => p.participantId === id);
    expect(mentee?.institutionType?.code).toBe("planning_region");
    expect(mentee?.institutionType?.label.lv).toBe("Plānošanas reģions");
    expect(mentee?.roleCategory?.code).toBe(application.roleCategory);
    expect(mentee?.roleCategory?.label.en).toBeTruthy();
    // Mentors have neither.
    const mentor = body.items.find((p) => p.role === "mentor");
    expect(mentor?.institutionType).toBeUndefined();
  });
});
