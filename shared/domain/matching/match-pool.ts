import { type Localized, localized } from "../../i18n/localized.js";
import {
  type Alternative,
  type ConflictCode,
  conflictCodeSchema,
  type PairScore,
  type UnplacedReason,
  type Weights,
} from "../../schemas/matching.js";
import { type Format, MENTOR_CAPACITY, ROLE_CATEGORIES, TOPICS } from "../../schemas/reference.js";
import { formatConflict, GROUP_SIZE, pairConflict } from "./check-pair.js";
import {
  fold,
  formatBit,
  type MatchMentee,
  type MatchMentor,
  type MenteeFeatures,
  type MentorFeatures,
  menteeFeatures,
  mentorFeatures,
  topicsMask,
} from "./pool-features.js";
import { DEFAULT_WEIGHTS, explainPair, makePairScorer, toScore } from "./score-pair.js";
import { FORBIDDEN, solveAssignment } from "./solve-assignment.js";

export interface MatchOptions {
  weights?: Weights;
  /** Pairs below this fit (0 to 100) are never proposed. */
  minimumScore?: number;
  /** How many next-best mentors each proposal keeps. */
  alternatives?: number;
}

export interface DraftProposal {
  format: Format;
  mentorId: string;
  menteeIds: string[];
  teamName?: string;
  score: number;
  explanation: { menteeId: string; score: number; explanation: PairScore }[];
  alternatives: Alternative[];
}

export interface DraftUnplaced {
  menteeId: string;
  reason: UnplacedReason;
  message: Localized;
}

export interface MatchQuality {
  menteesInPool: number;
  mentorsInPool: number;
  placed: number;
  unplaced: number;
  totalScore: number;
  upperBound: number;
  gapToUpperBound: number;
  weakestPair?: { menteeId: string; mentorId: string; score: number };
  shareWithTop3Mentor: number;
  proposalsByFormat: Record<string, number>;
}

export interface MatchResult {
  proposals: DraftProposal[];
  unplaced: DraftUnplaced[];
  quality: MatchQuality;
}

export const DEFAULT_MINIMUM_SCORE = 35;

/** Formats with one mentee per place; a pair takes the best of them it qualifies for. */
const SINGLE_FORMATS: readonly Format[] = ["individual", "reverse", "on_demand"];
/** Single places, then group places last: a group is proposed only where no single place is. */
const PLACE_FORMATS: readonly Format[] = [...SINGLE_FORMATS, "group"];
const FORMAT_CODE: Record<Format, number> = {
  individual: 0,
  reverse: 1,
  on_demand: 2,
  group: 3,
  team: 4,
};
const FORMAT_OF: readonly Format[] = ["individual", "reverse", "on_demand", "group", "team"];
const NO_FORMAT = 255;
const BIT = Object.fromEntries(FORMAT_OF.map((f) => [f, formatBit(f)])) as Record<Format, number>;
const REASON_CODES: readonly (ConflictCode | "below_minimum")[] = [
  ...conflictCodeSchema.options,
  "below_minimum",
];

const UNPLACED_MESSAGES: Record<UnplacedReason, Localized> = {
  no_compatible_mentor: localized(
    "Nav neviena mentora, kas atbilstu visiem nosacījumiem (valoda, formāts, interešu konflikts).",
    "No mentor meets every condition (language, format, conflict of interest).",
  ),
  no_good_fit: localized(
    "Mentori, kas atbilst nosacījumiem, nepietiekami atbilst jūsu vajadzībām.",
    "The mentors who meet the conditions do not fit the need well enough.",
  ),
  mentors_full: localized(
    "Visi piemērotie mentori jau ir aizņemti.",
    "Every fitting mentor is already full.",
  ),
  group_not_formed: localized(
    "Nav izdevies izveidot grupu ar vismaz 3 dalībniekiem ar kopīgu lomu vai vajadzību.",
    "No group of at least 3 mentees sharing a role or a need could be formed.",
  ),
  team_incomplete: localized(
    "Komandu mentoringam pieteicies tikai viens komandas loceklis.",
    "Only one member of the team applied for team mentoring.",
  ),
  team_too_large: localized(
    `Komandā ir vairāk nekā ${MENTOR_CAPACITY.max} dalībnieki; neviens mentors nevar uzņemties tik daudzus.`,
    `The team has more than ${MENTOR_CAPACITY.max} members; no mentor can take that many.`,
  ),
  lower_total_fit: localized(
    "Piemērotie mentori kopumā labāk der citiem mentorējamajiem; jūs paliekat rindā nākamajai atlasei.",
    "The fitting mentors fit other mentees better overall; you stay in the pool for the next run.",
  ),
};

const CONFLICT_DETAIL: Partial<Record<ConflictCode, Localized>> = {
  language_not_shared: localized(
    "Neviens mentors nerunā jūsu valodā.",
    "No mentor speaks the mentee's language.",
  ),
  format_not_shared: localized(
    "Neviens mentors nepiedāvā izvēlētos formātus.",
    "No mentor offers the chosen formats.",
  ),
  same_institution: localized(
    "Pieejamie mentori ir no tās pašas iestādes.",
    "The available mentors are from the same institution.",
  ),
  reverse_needs_leader: localized(
    "Reversais mentorings paredzēts vadītājiem.",
    "Reverse mentoring is meant for leaders.",
  ),
};

/** What the members of a group may share: a role category or a need topic. */
const GROUP_KEYS: ((m: MenteeFeatures) => boolean)[] = [
  ...ROLE_CATEGORIES.map((_, i) => (m: MenteeFeatures) => m.category === 1 << i),
  ...TOPICS.map((topic) => {
    const bit = topicsMask([topic.code]);
    return (m: MenteeFeatures) => (m.topics & bit) !== 0;
  }),
];

interface Unit {
  kind: "team";
  name: string;
  rows: number[];
}

/**
 * Proposals for the whole pool at once. Single places (1:1, reverse, on demand) are an
 * exact optimum; groups and teams are built on that optimum and the report says how far
 * the whole run is from the relaxation in which groups and teams need no minimum size.
 */
export function matchPool(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  options: MatchOptions = {},
): MatchResult {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const minimumPoints = Math.round((options.minimumScore ?? DEFAULT_MINIMUM_SCORE) * 10);
  const keep = options.alternatives ?? 5;
  const score = makePairScorer(weights);
  const vocabulary = new Map<string, number>();
  const M = mentees.map((mentee) => menteeFeatures(mentee, vocabulary));
  const T = mentors.map((mentor) => mentorFeatures(mentor, vocabulary));
  const rows = M.length;
  const cols = T.length;

  // Teams: members who prefer team mentoring and wrote the same team name at the same institution.
  const teamMembers = new Map<string, number[]>();
  for (const [r, mentee] of mentees.entries()) {
    const name = mentee.application.teamName;
    if (!name || !mentee.application.preferredFormats.includes("team")) continue;
    const key = `${M[r]?.institution}|${fold(name).trim()}`;
    teamMembers.set(key, [...(teamMembers.get(key) ?? []), r]);
  }
  const teams: Unit[] = [];
  const teamProblem = new Map<number, UnplacedReason>();
  for (const members of teamMembers.values()) {
    const first = mentees[members[0] as number]?.application.teamName ?? "";
    if (members.length < 2) for (const r of members) teamProblem.set(r, "team_incomplete");
    else if (members.length > MENTOR_CAPACITY.max)
      for (const r of members) teamProblem.set(r, "team_too_large");
    else teams.push({ kind: "team", name: first, rows: members });
  }
  const teamOf = new Int32Array(rows).fill(-1);
  for (const [t, team] of teams.entries()) for (const r of team.rows) teamOf[r] = t;

  // Pair values: the best single format a pair qualifies for (group last, so a group is
  // only proposed where a single place is not possible), team edges for team members.
  const value = new Int32Array(rows * cols);
  const bestFormat = new Uint8Array(rows * cols).fill(NO_FORMAT);
  const teamValue = new Int32Array(rows * cols).fill(FORBIDDEN);
  const bestAny = new Int32Array(rows * cols).fill(FORBIDDEN); // for the top-3 report
  // Why pairs fail, counted per mentee, for the reason an unplaced mentee is given.
  const conflictCounts = new Int32Array(rows * REASON_CODES.length);
  const countReason = (r: number, code: ConflictCode | "below_minimum") => {
    const i = r * REASON_CODES.length + REASON_CODES.indexOf(code);
    conflictCounts[i] = (conflictCounts[i] as number) + 1;
  };
  // Scores differ between formats only in reverse mentoring (role support is judged the
  // other way round), so a pair is scored once, and once more where reverse is possible.
  const basePoints = new Int32Array(rows * cols).fill(FORBIDDEN);
  const pointsFor = (r: number, c: number, f: Format) =>
    f === "reverse"
      ? score(M[r] as MenteeFeatures, T[c] as MentorFeatures, f)
      : (basePoints[r * cols + c] as number);
  for (let r = 0; r < rows; r++) {
    const mentee = M[r] as MenteeFeatures;
    const inTeam = (teamOf[r] as number) >= 0;
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const mentor = T[c] as MentorFeatures;
      value[i] = FORBIDDEN;
      const pairProblem = pairConflict(mentee, mentor);
      if (pairProblem) {
        countReason(r, pairProblem);
        continue;
      }
      const base = score(mentee, mentor, "individual");
      basePoints[i] = base;
      // The same rules as formatConflict, as bit tests: this loop runs for every pair.
      const shared = mentee.formats & mentor.formats;
      let best = FORBIDDEN;
      let bestCode = NO_FORMAT;
      if ((shared & BIT.individual) !== 0) {
        best = base;
        bestCode = FORMAT_CODE.individual;
      }
      if ((shared & BIT.reverse) !== 0 && mentee.leadsPeople && mentor.reverse) {
        const points = score(mentee, mentor, "reverse");
        if (points > best) {
          best = points;
          bestCode = FORMAT_CODE.reverse;
        }
      }
      if ((shared & BIT.on_demand) !== 0 && base > best) {
        best = base;
        bestCode = FORMAT_CODE.on_demand;
      }
      if ((shared & BIT.group) !== 0 && mentor.capacity >= GROUP_SIZE.min && base > best) {
        best = base;
        bestCode = FORMAT_CODE.group;
      }
      if (inTeam && (shared & BIT.team) !== 0) teamValue[i] = base;
      const any = Math.max(best, teamValue[i] as number);
      bestAny[i] = any;
      if (any < 0) {
        const problem = PLACE_FORMATS.map((f) => formatConflict(mentee, mentor, f)).find(Boolean);
        countReason(r, problem ?? "format_not_shared");
      } else if (any < minimumPoints) countReason(r, "below_minimum");
      if (best >= minimumPoints) {
        value[i] = best;
        bestFormat[i] = bestCode;
      }
      if ((teamValue[i] as number) < minimumPoints) teamValue[i] = FORBIDDEN;
    }
  }
  const capacity = Int32Array.from(T, (mentor) => mentor.capacity);

  // Upper bound: groups and teams relaxed to single places, nothing else relaxed.
  const relaxed = new Int32Array(rows * cols);
  for (let i = 0; i < relaxed.length; i++)
    relaxed[i] = Math.max(value[i] as number, teamValue[i] as number);
  const relaxedSolution = solveAssignment({ rows, cols, value: relaxed, capacity });
  const upperBound = relaxedSolution.total;

  const remaining = Int32Array.from(capacity);
  const placedIn = new Int32Array(rows).fill(-1); // mentor column of each placed mentee
  // Where everyone goes; proposals are drafted at the end, when the places left are known.
  const placements: { format: Format; c: number; members: number[]; teamName?: string }[] = [];
  const unplacedReason = new Map<number, UnplacedReason>();

  // Teams first, largest and best-fitting first: each takes the mentor who fits the whole
  // team best among those with room for all of it.
  const teamTotals = teams.map((team) => {
    let best = -1;
    for (let c = 0; c < cols; c++) best = Math.max(best, teamTotal(team, c));
    return best;
  });
  const teamOrder = teams
    .map((_, t) => t)
    .sort(
      (a, b) =>
        (teams[b]?.rows.length ?? 0) - (teams[a]?.rows.length ?? 0) ||
        (teamTotals[b] ?? 0) - (teamTotals[a] ?? 0),
    );
  for (const t of teamOrder) {
    const team = teams[t] as Unit;
    let bestColumn = -1;
    let bestTotal = -1;
    for (let c = 0; c < cols; c++) {
      if ((remaining[c] as number) < team.rows.length) continue;
      const total = teamTotal(team, c);
      if (total > bestTotal) {
        bestTotal = total;
        bestColumn = c;
      }
    }
    if (bestColumn < 0) {
      for (const r of team.rows)
        teamProblem.set(
          r,
          teamTotals[t] !== undefined && teamTotals[t] >= 0
            ? "mentors_full"
            : "no_compatible_mentor",
        );
      continue;
    }
    remaining[bestColumn] = (remaining[bestColumn] as number) - team.rows.length;
    for (const r of team.rows) placedIn[r] = bestColumn;
    placements.push({ format: "team", c: bestColumn, members: team.rows, teamName: team.name });
  }

  // Single places and groups: solve, turn each mentor's group places into a group of 3 to
  // 6 that shares a role category or a need topic, forbid what could not form, repeat.
  const active = [] as number[];
  for (let r = 0; r < rows; r++) {
    if ((placedIn[r] as number) >= 0) continue;
    // A team member whose team could not be placed may still take a single place.
    active.push(r);
  }
  const hostsGroup = new Uint8Array(cols);
  let groupsPossible = true;
  let groupsFormed = 0;
  let assignment: Int32Array = new Int32Array(0);
  for (;;) {
    const sub = new Int32Array(active.length * cols);
    for (const [k, r] of active.entries()) {
      for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        const isGroup = bestFormat[i] === FORMAT_CODE.group;
        sub[k * cols + c] =
          isGroup && (!groupsPossible || hostsGroup[c] === 1)
            ? singleOnly(r, c)
            : (value[i] as number);
      }
    }
    // Without teams, the first round is the relaxation itself: its optimum is already known.
    assignment =
      active.length === rows &&
      teams.length === 0 &&
      groupsPossible &&
      hostsGroup.every((h) => h === 0)
        ? relaxedSolution.columnOf
        : solveAssignment({ rows: active.length, cols, value: sub, capacity: remaining }).columnOf;
    // Mentees the optimum gives a group place: they want a group and no single place beats it.
    const wanting: number[] = [];
    for (const [k, r] of active.entries()) {
      const c = assignment[k] as number;
      if (
        c >= 0 &&
        groupsPossible &&
        hostsGroup[c] === 0 &&
        bestFormat[r * cols + c] === FORMAT_CODE.group
      ) {
        wanting.push(r);
      }
    }
    if (wanting.length === 0) break;
    // Pack groups greedily, best first: for every mentor able to host one, the best 3 to 6
    // of the wanting mentees who share a role category or a need topic.
    // Lazy greedy: taking members only ever lowers another mentor's best group, so a
    // stale candidate is re-evaluated when it comes up instead of all after every pick.
    const taken = new Set<number>();
    let formed = 0;
    const candidates: { c: number; members: number[]; total: number }[] = [];
    for (let c = 0; c < cols; c++) {
      if (hostsGroup[c] === 1 || (remaining[c] as number) < GROUP_SIZE.min) continue;
      const group = chooseGroup(wanting, c);
      if (group.members.length >= GROUP_SIZE.min) candidates.push({ c, ...group });
    }
    for (;;) {
      candidates.sort((a, b) => b.total - a.total);
      const top = candidates.shift();
      if (!top) break;
      if (top.members.some((r) => taken.has(r))) {
        const group = chooseGroup(
          wanting.filter((r) => !taken.has(r)),
          top.c,
        );
        if (group.members.length >= GROUP_SIZE.min) candidates.push({ c: top.c, ...group });
        continue;
      }
      const best = top;
      hostsGroup[best.c] = 1;
      remaining[best.c] = (remaining[best.c] as number) - best.members.length;
      for (const r of best.members) {
        taken.add(r);
        placedIn[r] = best.c;
      }
      placements.push({ format: "group", c: best.c, members: best.members });
      formed++;
    }
    // When a round adds few groups (fewer than a tenth of those so far), the rest who want
    // one compete for single places only: another full solve would buy almost nothing.
    groupsFormed += formed;
    if (formed === 0 || formed * 10 < groupsFormed) groupsPossible = false;
    for (let k = active.length - 1; k >= 0; k--)
      if ((placedIn[active[k] as number] as number) >= 0) active.splice(k, 1);
  }
  for (const [k, r] of active.entries()) {
    const c = assignment[k] as number;
    if (c < 0) continue;
    placedIn[r] = c;
    remaining[c] = (remaining[c] as number) - 1;
    placements.push({ format: FORMAT_OF[bestSingleFormat(r, c)] as Format, c, members: [r] });
  }

  const proposals = placements.map((p) => draft(p.format, p.c, p.members, p.teamName));

  // Why the others stay out.
  for (let r = 0; r < rows; r++) {
    if ((placedIn[r] as number) >= 0) continue;
    unplacedReason.set(r, reasonFor(r));
  }

  // Quality report.
  let total = 0;
  let weakest: MatchQuality["weakestPair"];
  let top3 = 0;
  for (const proposal of proposals) {
    for (const member of proposal.explanation) {
      total += member.explanation.points;
      if (!weakest || member.score < weakest.score) {
        weakest = { menteeId: member.menteeId, mentorId: proposal.mentorId, score: member.score };
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    const c = placedIn[r] as number;
    if (c < 0) continue;
    const mine = bestAny[r * cols + c] as number;
    let better = 0;
    for (let other = 0; other < cols; other++)
      if ((bestAny[r * cols + other] as number) > mine) better++;
    if (better < 3) top3++;
  }
  const byFormat: Record<string, number> = {};
  for (const proposal of proposals)
    byFormat[proposal.format] = (byFormat[proposal.format] ?? 0) + 1;
  const unplaced = [...unplacedReason].map(([r, reason]) => ({
    menteeId: (M[r] as MenteeFeatures).id,
    reason,
    message: messageFor(r, reason),
  }));
  return {
    proposals,
    unplaced,
    quality: {
      menteesInPool: rows,
      mentorsInPool: cols,
      placed: rows - unplaced.length,
      unplaced: unplaced.length,
      totalScore: toScore(total),
      upperBound: toScore(upperBound),
      gapToUpperBound: upperBound === 0 ? 0 : Math.max(0, (upperBound - total) / upperBound),
      weakestPair: weakest,
      shareWithTop3Mentor: rows === 0 ? 0 : top3 / rows,
      proposalsByFormat: byFormat,
    },
  };

  function teamTotal(team: Unit, c: number): number {
    let total = 0;
    for (const r of team.rows) {
      const v = teamValue[r * cols + c] as number;
      if (v < 0) return -1;
      total += v;
    }
    return total;
  }

  /** The value of a pair without its group option (the best single format, or forbidden). */
  function singleOnly(r: number, c: number): number {
    let best = FORBIDDEN;
    for (const f of SINGLE_FORMATS) {
      if (formatConflict(M[r] as MenteeFeatures, T[c] as MentorFeatures, f)) continue;
      best = Math.max(best, pointsFor(r, c, f));
    }
    return best >= minimumPoints ? best : FORBIDDEN;
  }

  function bestSingleFormat(r: number, c: number): number {
    let best = -1;
    let code = FORMAT_CODE.individual;
    for (const f of SINGLE_FORMATS) {
      if (formatConflict(M[r] as MenteeFeatures, T[c] as MentorFeatures, f)) continue;
      const points = pointsFor(r, c, f);
      if (points > best) {
        best = points;
        code = FORMAT_CODE[f];
      }
    }
    return code;
  }

  /**
   * The largest-value set of 3 to 6 of a mentor's group places that share a role category
   * or a need topic (the guidelines' "same role or cross-sector" groups learn from each
   * other through what they have in common).
   */
  function chooseGroup(candidates: number[], c: number): { members: number[]; total: number } {
    const limit = Math.min(GROUP_SIZE.max, remaining[c] as number);
    let best: number[] = [];
    let bestValue = -1;
    const eligible = candidates.filter((r) => bestFormat[r * cols + c] === FORMAT_CODE.group);
    for (const shares of GROUP_KEYS) {
      const members = eligible
        .filter((r) => shares(M[r] as MenteeFeatures))
        .sort((a, b) => (value[b * cols + c] as number) - (value[a * cols + c] as number))
        .slice(0, limit);
      const total = members.reduce((sum, r) => sum + (value[r * cols + c] as number), 0);
      if (total > bestValue) {
        best = members;
        bestValue = total;
      }
    }
    return { members: best, total: bestValue };
  }

  function draft(format: Format, c: number, members: number[], teamName?: string): DraftProposal {
    const mentor = T[c] as MentorFeatures;
    const explanation = members.map((r) => {
      const mentee = M[r] as MenteeFeatures;
      const fit = explainPair(mentee, mentor, format, weights);
      return { menteeId: mentee.id, score: toScore(fit.points), explanation: fit };
    });
    const average = explanation.reduce((sum, m) => sum + m.explanation.points, 0) / members.length;
    return {
      format,
      mentorId: mentor.id,
      menteeIds: explanation.map((m) => m.menteeId),
      ...(teamName ? { teamName } : {}),
      score: toScore(Math.round(average)),
      explanation,
      alternatives: alternativesFor(format, c, members),
    };
  }

  /** Next-best mentors able to take the same mentees in the same format, best first. */
  function alternativesFor(format: Format, chosen: number, members: number[]): Alternative[] {
    const found: { c: number; points: number }[] = [];
    for (let c = 0; c < cols; c++) {
      if (c === chosen) continue;
      const mentor = T[c] as MentorFeatures;
      if ((format === "group" || format === "team") && mentor.capacity < members.length) continue;
      let sum = 0;
      let ok = true;
      for (const r of members) {
        const mentee = M[r] as MenteeFeatures;
        if ((basePoints[r * cols + c] as number) < 0 || formatConflict(mentee, mentor, format)) {
          ok = false;
          break;
        }
        const points = pointsFor(r, c, format);
        if (points < minimumPoints) {
          ok = false;
          break;
        }
        sum += points;
      }
      if (!ok) continue;
      // Keep only the best `keep`, in order: a full sort per proposal would dominate.
      const points = sum / members.length;
      if (found.length === keep && points <= (found[keep - 1]?.points ?? 0)) continue;
      let at = found.length;
      while (at > 0 && (found[at - 1]?.points ?? 0) < points) at--;
      found.splice(at, 0, { c, points });
      if (found.length > keep) found.pop();
    }
    return found.map(({ c, points }) => ({
      mentorId: (T[c] as MentorFeatures).id,
      score: toScore(Math.round(points)),
      remainingCapacity: remaining[c] as number,
    }));
  }

  function reasonFor(r: number): UnplacedReason {
    const team = teamProblem.get(r);
    const hasSingle = Array.from({ length: cols }, (_, c) => value[r * cols + c] as number).some(
      (v) => v >= 0,
    );
    if (team && !hasSingle) return team;
    const belowMinimum = conflictCounts[
      r * REASON_CODES.length + REASON_CODES.indexOf("below_minimum")
    ] as number;
    let fitting = 0;
    let groupOnly = true;
    for (let c = 0; c < cols; c++) {
      const v = value[r * cols + c] as number;
      if (v < 0) continue;
      fitting++;
      if (bestFormat[r * cols + c] !== FORMAT_CODE.group) groupOnly = false;
    }
    if (fitting === 0) return belowMinimum > 0 ? "no_good_fit" : "no_compatible_mentor";
    if (groupOnly) return "group_not_formed";
    let roomLeft = false;
    for (let c = 0; c < cols; c++)
      if ((value[r * cols + c] as number) >= 0 && (remaining[c] as number) > 0) roomLeft = true;
    return roomLeft ? "lower_total_fit" : "mentors_full";
  }

  function messageFor(r: number, reason: UnplacedReason): Localized {
    const base = UNPLACED_MESSAGES[reason];
    if (reason !== "no_compatible_mentor") return base;
    let top = 0;
    for (let k = 1; k < REASON_CODES.length; k++) {
      const at = (k: number) => conflictCounts[r * REASON_CODES.length + k] as number;
      if (at(k) > at(top)) top = k;
    }
    const detail = CONFLICT_DETAIL[REASON_CODES[top] as ConflictCode];
    return detail ? localized(`${base.lv} ${detail.lv}`, `${base.en} ${detail.en}`) : base;
  }
}
