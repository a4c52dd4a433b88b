import { type Localized, localized } from "../../i18n/localized.js";
import { type FigureRow, heldCount, protectColumns } from "../console/figure-cells.js";
import {
  median,
  peopleOf,
  perPeopleCell,
  type RelationshipFacts,
  rounded,
  shareCell,
} from "./cohort-report-facts.js";
import type { ReportTable } from "./cohort-report-model.js";
import { ALL_FORMATS, byFormat, hideWith, labelled, reportTable } from "./cohort-report-tables.js";

/**
 * The report's tables of how relationships came about and ended: the first proposals'
 * consent answers and the days to the first session, and the close reasons. Held counts,
 * protected over the format rows (or the reasons), then published, as in
 * cohort-report-tables.ts.
 */

const CLOSURE_LABELS: Record<string, Localized> = {
  completed: localized("Pabeigta pēc plāna", "Completed as planned"),
  closed_by_coordinator: localized(
    "Koordinators noslēdza pirms laika",
    "Closed early by the coordinator",
  ),
  not_closed: localized("Vēl nav noslēgta", "Not closed yet"),
};

function matchingLine(facts: readonly RelationshipFacts[], minimum: number): FigureRow {
  const accepted = facts.filter((fact) => fact.consent === "accepted");
  const declined = facts.filter((fact) => fact.consent === "declined");
  const unanswered = facts.filter((fact) => fact.consent === "unanswered");
  const started = facts.filter((fact) => fact.daysToFirstSession !== undefined);
  const days = median(started.map((fact) => fact.daysToFirstSession as number));
  const people = peopleOf(facts);
  return {
    proposals: heldCount(facts.length, people, minimum),
    accepted: heldCount(accepted.length, peopleOf(accepted), minimum),
    declined: heldCount(declined.length, peopleOf(declined), minimum),
    unanswered: heldCount(unanswered.length, peopleOf(unanswered), minimum),
    acceptanceRate: shareCell(
      accepted.length,
      facts.length,
      { part: peopleOf(accepted), whole: people },
      minimum,
    ),
    firstSessionDays: perPeopleCell(
      days === undefined ? undefined : rounded(days),
      peopleOf(started),
      minimum,
    ),
  };
}

export function matching(facts: readonly RelationshipFacts[], minimum: number): ReportTable {
  const rows = byFormat(facts).map(({ code, label, facts: own }) => ({
    ...labelled(code, label),
    ...matchingLine(own, minimum),
  }));
  protectColumns(rows, ["proposals", "accepted", "declined", "unanswered"]);
  for (const row of rows) hideWith(row, "acceptanceRate", "proposals", "accepted");
  const all = { ...labelled("all", ALL_FORMATS), ...matchingLine(facts, minimum) };
  return reportTable(
    "matching",
    localized("Savietošanas rezultāti", "How well matching worked"),
    ["proposals", "accepted", "declined", "unanswered", "acceptanceRate", "firstSessionDays"],
    [...rows, all],
    localized(
      "Piedāvājumi: koordinatora apstiprinātie savietošanas priekšlikumi, kas nosūtīti dalībniekiem. Piekrita visas puses: pirmajā piekrišanas kārtā piekrita mentors un visi mentorējamie. Dienas: no apstiprināšanas līdz pirmajai notikušajai tikšanās reizei.",
      "Proposals: the matching proposals the coordinator approved and sent to the participants. Accepted by all sides: in the first consent round the mentor and every mentee agreed. Days: from the approval to the first session held.",
    ),
  );
}

export function closureReasons(facts: readonly RelationshipFacts[], minimum: number): ReportTable {
  const known = ["completed", "closed_by_coordinator"];
  const others = [...new Set(facts.map((fact) => fact.closure))]
    .filter((code) => !known.includes(code) && code !== "not_closed")
    .sort();
  const rows = [...known, ...others, "not_closed"].map((code) => {
    const found = facts.filter((fact) => fact.closure === code);
    const people = peopleOf(found);
    return {
      ...labelled(code, CLOSURE_LABELS[code] ?? localized(code, code)),
      relationships: heldCount(found.length, people, minimum),
      people: heldCount(people, people, minimum),
    };
  });
  protectColumns(rows, ["relationships", "people"]);
  return reportTable(
    "closure-reasons",
    localized("Sadarbību noslēgšanas iemesli", "Why relationships closed"),
    ["relationships", "people"],
    rows,
  );
}
