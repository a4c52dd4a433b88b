import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import {
  failedConditions,
  isConditionFailure,
  withoutKeys,
} from "../../shared/adapters/dynamodb/table-client.js";
import { keys } from "../../shared/table/table-definition.js";

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: `Transaction cancelled [${codes.join(", ")}]`,
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe("condition failures", () => {
  it("are the SDK's ConditionalCheckFailedException", () => {
    const error = new ConditionalCheckFailedException({ message: "failed", $metadata: {} });
    expect(isConditionFailure(error)).toBe(true);
    expect(failedConditions(error)).toEqual([]);
  });

  it("are cancelled transactions by the positions whose reason is ConditionalCheckFailed", () => {
    const error = cancelled("None", "ConditionalCheckFailed", "None", "ConditionalCheckFailed");
    expect(isConditionFailure(error)).toBe(true);
    expect(failedConditions(error)).toEqual([1, 3]);
  });

  it("are not a transaction cancelled by a conflict, whatever its message says", () => {
    const error = cancelled("TransactionConflict", "None");
    error.message = "reasons [ConditionalCheckFailed]";
    expect(isConditionFailure(error)).toBe(false);
    expect(failedConditions(error)).toEqual([]);
  });

  it("are never recognised by an error's name or message alone", () => {
    const lookalike = Object.assign(new Error("ConditionalCheckFailed"), {
      name: "ConditionalCheckFailedException",
    });
    expect(isConditionFailure(lookalike)).toBe(false);
    expect(isConditionFailure(undefined)).toBe(false);
  });
});

describe("key prefixes", () => {
  const r = "rel_1";
  const p = "p_1";
  it.each([
    ["sessionsOf", keys.sessionsOf(r), keys.session(r, 7)],
    ["goalsOf", keys.goalsOf(r), keys.goal(r, "g1")],
    ["reflectionsOf", keys.reflectionsOf(r), keys.reflection(r, 2, p)],
    ["checkpointsOf", keys.checkpointsOf(r), keys.checkpoint(r, 2, p)],
    ["closuresOf", keys.closuresOf(r), keys.closure(r, p)],
    ["eventsOf", keys.eventsOf(r), keys.event(r, "2025-01-01T00:00:00Z", "k")],
    ["formRequestsOf", keys.formRequestsOf(r), keys.formRequest(r, "welcome", p)],
    ["formRequestsOf a step", keys.formRequestsOf(r, "welcome"), keys.formRequest(r, "welcome", p)],
    ["certificateIssuesOf", keys.certificateIssuesOf(r), keys.certificateIssue(r, p)],
    ["relationshipPartition", keys.relationshipPartition(r), keys.relationship(r)],
    ["proposalsOf", keys.proposalsOf("run_1"), keys.proposal("run_1", "run_1-x")],
    ["unplacedOf", keys.unplacedOf("run_1"), keys.unplaced("run_1", p)],
    ["matchingRunPartition", keys.matchingRunPartition("run_1"), keys.matchingRun("run_1")],
    ["participantPartition", keys.participantPartition(p), keys.participantApplication(p, "t")],
    ["addressPartition", keys.addressPartition(" A@B.lv"), keys.emailLock("a@b.LV ")],
  ])("%s covers the items its keys write", (_name, prefix, key) => {
    expect(prefix.pk).toBe(key.pk);
    expect(key.sk.startsWith(prefix.skPrefix)).toBe(true);
  });

  it("keep one step's forms apart from a step whose key extends it", () => {
    const step = keys.formRequestsOf(r, "check");
    expect(keys.formRequest(r, "checkpoint", p).sk.startsWith(step.skPrefix)).toBe(false);
  });
});

describe("withoutKeys", () => {
  it("leaves the domain object: no table keys, item type, capacity copy, token or answers", () => {
    const item = {
      ...keys.form("f1"),
      ...keys.openForms("2025-01-01", "f1"),
      itemType: "form",
      capacity: 2,
      taskToken: "t",
      answers: {},
      formId: "f1",
    };
    expect(withoutKeys(item)).toEqual({ formId: "f1" });
  });
});
