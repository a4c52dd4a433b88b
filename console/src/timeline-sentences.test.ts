import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ESCALATION_REASONS } from "@shared/domain/escalations/escalation-reasons.js";
import type { Language } from "@shared/i18n/localized.js";
import { escalationReasonSchema } from "@shared/schemas/workflow.js";
import { describe, expect, it } from "vitest";
import type { Escalation, TimelineEvent } from "./api";
import { evidenceSentence } from "./parts/evidence-sentences";
import { TIMELINE_SENTENCES, timelineSentence } from "./parts/timeline-sentences";

const LANGUAGES: Language[] = ["lv", "en"];
const NAMES: Record<string, string> = { p_laura: "Laura Priede", p_janis: "Jānis Ozols" };
const helpers = {
  name: (id: string) => NAMES[id] ?? id,
  dateTime: (iso: string) => iso.slice(0, 10),
};

/** Every event type the server writes to a timeline, read from its source. */
function recordedTypes(): Set<string> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".ts")) files.push(path);
    }
  };
  walk(join(__dirname, "..", "..", "shared"));
  const types = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    // record(deps, id, key, "type", ...) and noteAnswer(deps, form, "type"): the first
    // snake_case literal of the call; addEvent(..., { type: "..." }).
    for (const match of source.matchAll(/\b(?:record|noteAnswer)\(([\s\S]{0,240}?)\)/g))
      for (const literal of (match[1] ?? "").matchAll(/"([a-z]+(?:_[a-z]+)+)"/g)) {
        types.add(literal[1] ?? "");
        break;
      }
    for (const match of source.matchAll(/addEvent\([\s\S]{0,200}?type: "([a-z_]+)"/g))
      types.add(match[1] ?? "");
  }
  // Built from the answer: `consent_${decision}`.
  types.add("consent_accept");
  types.add("consent_decline");
  return types;
}

const CODE = /\b[a-z]+_[a-z_]+\b/;

const event = (type: string, actor: string, detail: Record<string, unknown>): TimelineEvent => ({
  at: "2027-01-04T08:00:00.000Z",
  key: type,
  type,
  actor,
  detail,
});

describe("the relationship timeline in sentences", () => {
  it("has a sentence for every event type the server records", () => {
    const types = recordedTypes();
    // The scan finds the workflow's events (a broken scan would find nothing to check).
    expect(types.size).toBeGreaterThan(20);
    for (const type of types) expect(TIMELINE_SENTENCES, type).toHaveProperty(type);
  });

  it("reads as words in both languages: names in the nominative, no codes, no JSON", () => {
    const detail = {
      kind: "reflection",
      stepKey: "reflection#2",
      participantId: "p_laura",
      session: 2,
      sessions: [1, 2, 3],
      goals: 2,
      health: "at_risk",
      decision: "pause",
      pauseUntil: "2027-02-01T00:00:00.000Z",
      pausedUntil: "2027-02-01T00:00:00.000Z",
      action: "pause",
      note: "Atvaļinājums",
      reason: "completed",
      problem: "expired",
      sessionsHeld: 3,
      execution: 2,
      from: "p_janis",
      to: "p_laura",
      held: "no",
    };
    for (const type of Object.keys(TIMELINE_SENTENCES))
      for (const language of LANGUAGES) {
        const text = timelineSentence(event(type, "p_laura", detail), language, {
          ...helpers,
          actor: "Laura Priede",
        });
        expect(text, `${type} ${language}`).not.toMatch(/[{}]|undefined|null|\[object/);
        expect(text.replace(/Laura Priede|Jānis Ozols/g, ""), `${type} ${language}`).not.toMatch(
          CODE,
        );
        if (language === "lv") expect(text).not.toMatch(/\b(Par|ar|no|pie) (Laura|Jānis)\b/);
      }
    expect(
      timelineSentence(event("consent_decline", "p_janis", { reason: "Nav laika" }), "lv", {
        ...helpers,
        actor: "Jānis Ozols",
      }),
    ).toBe("Jānis Ozols atteicās no sadarbības. Iemesls: „Nav laika”.");
    expect(
      timelineSentence(event("coordinator_action", "coordinator:ilze", detail), "en", {
        ...helpers,
        actor: "Coordinator: ilze",
      }),
    ).toBe("The relationship was paused until 2027-02-01. Note: “Atvaļinājums”");
    // An event type no one has named yet still reads as words.
    expect(
      timelineSentence(event("brand_new_thing", "workflow", {}), "lv", {
        ...helpers,
        actor: "Darbplūsma",
      }),
    ).toBe("brand new thing");
  });
});

describe("an escalation's evidence in sentences", () => {
  const samples: Record<string, Record<string, unknown>> = {
    health_check: {
      participantId: "p_laura",
      session: 3,
      rating: "safetyRating",
      value: 2,
      threshold: 3,
      previous: 8,
      previousSession: 2,
      daysSinceEnd: 9,
      inARow: 2,
      sessions: "2, 3",
      daysWithoutSession: 45,
      goal: "Datu panelis",
    },
    declines: {
      participantId: "p_janis",
      role: "mentor",
      at: "2027-01-05T10:00:00.000Z",
      said: "Nav laika",
    },
    plan_request: { participantId: "p_janis", sentAt: "2027-01-06T08:00:00.000Z", reminded: true },
    own: { participantId: "p_laura", kind: "bounce", reportedAt: "2027-01-07T08:00:00.000Z" },
    none: {},
  };
  it("says what triggered every reason, with the person's name and no codes", () => {
    for (const reason of escalationReasonSchema.options)
      for (const language of LANGUAGES) {
        const item: Escalation["evidence"][number] = {
          reason,
          detail: samples[ESCALATION_REASONS[reason].evidence] ?? {},
        };
        const text = evidenceSentence(item, language, helpers);
        expect(text, `${reason} ${language}`).not.toMatch(
          /[{}]|undefined|\[object|p_laura|p_janis/,
        );
        expect(text.replace(/Laura Priede|Jānis Ozols/g, ""), `${reason} ${language}`).not.toMatch(
          CODE,
        );
        const names = ESCALATION_REASONS[reason].finding?.en.includes("{participantId}") ?? true;
        if (ESCALATION_REASONS[reason].evidence !== "none" && names)
          expect(text, `${reason} ${language}`).toMatch(/Laura Priede|Jānis Ozols/);
      }
    expect(
      evidenceSentence(
        { reason: "no_candidate_left", detail: samples.declines ?? {} },
        "lv",
        helpers,
      ),
    ).toBe("Atteikums no mentora puses: Jānis Ozols, 2027-01-05. Iemesls: „Nav laika”.");
    expect(
      evidenceSentence(
        { reason: "felt_unsafe", detail: samples.health_check ?? {} },
        "lv",
        helpers,
      ),
    ).toBe(
      "Pēdējā refleksijā (3. tikšanās) drošības un komforta sajūtu ar 2 no 10 novērtēja Laura Priede. Lūdzu, sazinieties ar viņu.",
    );
  });
});
