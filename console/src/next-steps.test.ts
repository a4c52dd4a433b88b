import { countPhrase } from "@shared/i18n/plural.js";
import { describe, expect, it } from "vitest";
import type { MatchingRun, Participant } from "./api";
import { PLURAL_MESSAGES } from "./i18n";
import { nextSteps } from "./next-steps";

const person = (id: string, role: "mentee" | "mentor", more: Partial<Participant> = {}) =>
  ({
    participantId: id,
    role,
    name: id,
    email: `${id}@example.lv`,
    language: "lv",
    status: "eligible",
    confirmation: "confirmed",
    appliedAt: "2026-01-05T10:00:00.000Z",
    reasons: [],
    ...(role === "mentor" ? { capacity: 2, activeMentees: 0 } : {}),
    ...more,
  }) as Participant;

const runProposing = (menteeIds: string[]) =>
  ({
    runId: "mr_1",
    proposals: menteeIds.map((id) => ({
      proposalId: `p_${id}`,
      menteeIds: [id],
      status: "proposed",
    })),
  }) as unknown as MatchingRun;

describe("the overview's next steps", () => {
  it("asks to share the application form while nobody applied", () => {
    expect(nextSteps({ participants: [], latestRun: undefined, openEscalations: 0 })).toEqual([
      { kind: "shareForm" },
    ]);
  });

  it("counts the confirmed, eligible, unplaced mentees who wait for matching", () => {
    const participants = [
      person("a", "mentee"),
      person("b", "mentee"),
      person("c", "mentee", { confirmation: "unconfirmed" }),
      person("d", "mentee", { status: "ineligible" }),
      person("e", "mentee", { placement: { proposalId: "x", relationshipId: "r", mentorId: "m" } }),
      person("m", "mentor"),
    ];
    expect(nextSteps({ participants, latestRun: undefined, openEscalations: 0 })).toEqual([
      { kind: "match", count: 2 },
    ]);
    // Without a mentor with room, matching would place nobody: invite mentors instead.
    const full = participants.map((p) => (p.role === "mentor" ? { ...p, activeMentees: 2 } : p));
    expect(nextSteps({ participants: full, latestRun: undefined, openEscalations: 0 })).toEqual([
      { kind: "noMentorRoom", count: 2 },
    ]);
  });

  it("puts decisions first, then approvals; a proposed mentee waits for approval, not matching", () => {
    const participants = [person("a", "mentee"), person("b", "mentee"), person("m", "mentor")];
    expect(nextSteps({ participants, latestRun: runProposing(["a"]), openEscalations: 3 })).toEqual(
      [
        { kind: "decide", count: 3 },
        { kind: "approve", count: 1 },
        { kind: "match", count: 1 },
      ],
    );
    expect(
      nextSteps({ participants, latestRun: runProposing(["a", "b"]), openEscalations: 0 }),
    ).toEqual([{ kind: "approve", count: 2 }]);
  });

  it("says that nothing waits when everyone is placed and nothing is open", () => {
    const placed = { placement: { proposalId: "x", relationshipId: "r", mentorId: "m" } };
    const participants = [person("a", "mentee", placed), person("m", "mentor")];
    expect(nextSteps({ participants, latestRun: undefined, openEscalations: 0 })).toEqual([
      { kind: "nothing" },
    ]);
  });
});

describe("the counted texts of the overview and of approve all", () => {
  it("take the Latvian form for the count: 1 and 21, 2 to 9, 0 and 10 to 20", () => {
    const { nextWaiting, nextDecide, approveProposals, peopleEmailed, menteesCount } =
      PLURAL_MESSAGES;
    expect(countPhrase("lv", 6, nextWaiting)).toBe("6 mentorējamie gaida savietošanu");
    expect(countPhrase("lv", 21, nextWaiting)).toBe("21 mentorējamais gaida savietošanu");
    expect(countPhrase("lv", 11, nextWaiting)).toBe("11 mentorējamo gaida savietošanu");
    expect(countPhrase("lv", 1, nextDecide)).toBe("1 eskalācija gaida jūsu lēmumu");
    expect(countPhrase("lv", 10, nextDecide)).toBe("10 eskalāciju gaida jūsu lēmumu");
    expect(countPhrase("lv", 2, approveProposals)).toBe("Apstiprināt 2 priekšlikumus?");
    expect(countPhrase("lv", 1, approveProposals)).toBe("Apstiprināt 1 priekšlikumu?");
    expect(countPhrase("lv", 3, peopleEmailed)).toBe(
      "Piekrišanas veidlapu pa e-pastu saņems 3 cilvēki",
    );
    expect(countPhrase("lv", 20, menteesCount)).toBe("20 mentorējamo");
    expect(countPhrase("en", 1, nextWaiting)).toBe("1 mentee waits for matching");
    expect(countPhrase("en", 6, nextWaiting)).toBe("6 mentees wait for matching");
    expect(countPhrase("en", 1, peopleEmailed)).toBe("1 person will be e-mailed the consent form");
  });
});
