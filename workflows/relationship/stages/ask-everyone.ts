import {
  type IChainable,
  JsonPath,
  Map as MapState,
  type State,
  type Timeout,
} from "aws-cdk-lib/aws-stepfunctions";
import type { FormKind } from "../../../shared/schemas/workflow.js";
import { at, type MachineKit, TIMED_OUT } from "./machine-kit.js";

/** One waiting state of the sequence: its name and how long it waits. */
interface Wait {
  name: string;
  timeout: Timeout;
}

export interface AskEveryone {
  /** The Map state's name. */
  name: string;
  /** Who is asked: a path to a list of participant ids. */
  participantsPath: string;
  /** The form's step key (one form per person and step), a path. */
  stepKeyPath: string;
  kind: FormKind;
  /** The form, then the wait for its answer. */
  ask: Wait;
  /** After the first wait runs out: a reminder and a second wait. */
  remind?: Wait;
  /** Where a person who never answered goes (a Pass notes it, a Fail stops the Map). */
  missing: State;
  /** Where the answer lands in the item's state; discarded when not given. */
  answerPath?: string;
  /** What follows an answer inside the item (e.g. a Choice on it). */
  afterAnswer?: IChainable;
}

/**
 * "Ask everyone, remind, note who is missing": a Map over the participants, each item a
 * form request that waits for its answer (RequestForm with the task token), on timeout an
 * optional reminder that waits again, and on the last timeout the `missing` state. The
 * Map's own result is discarded; its Next and Catch are the caller's.
 */
export function askEveryone(kit: MachineKit, ask: AskEveryone): MapState {
  const map = new MapState(kit.scope, kit.id(ask.name), {
    stateName: ask.name,
    itemsPath: ask.participantsPath,
    itemSelector: {
      "relationshipId.$": "$.relationshipId",
      "participantId.$": "$$.Map.Item.Value",
      "stepKey.$": ask.stepKeyPath,
    },
    resultPath: JsonPath.DISCARD,
  });
  const form = (mode: "ask" | "nudge") => ({
    relationshipId: at("$.relationshipId"),
    participantId: at("$.participantId"),
    stepKey: at("$.stepKey"),
    kind: ask.kind,
    mode,
  });
  const resultPath = ask.answerPath ?? null;
  const first = kit.waitFor(ask.ask.name, "RequestForm", form("ask"), ask.ask.timeout, resultPath);
  let last = first;
  if (ask.remind) {
    const second = kit.waitFor(
      ask.remind.name,
      "RequestForm",
      form("nudge"),
      ask.remind.timeout,
      resultPath,
    );
    first.addCatch(second, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
    last = second;
  }
  last.addCatch(ask.missing, { errors: TIMED_OUT, resultPath: JsonPath.DISCARD });
  if (ask.afterAnswer) {
    first.next(ask.afterAnswer);
    if (last !== first) last.next(ask.afterAnswer);
  }
  map.itemProcessor(first);
  return map;
}
