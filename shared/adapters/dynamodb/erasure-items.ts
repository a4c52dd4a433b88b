import {
  type Erasure,
  erasureSchema,
  escalationWithoutWords,
  eventWithoutWords,
  hasCoordinatorNote,
  swapId,
} from "../../schemas/erasure.js";
import type { Participant } from "../../schemas/participant.js";
import { REFLECTION_TEXT_FIELDS } from "../../schemas/workflow.js";
import { keys } from "../../table/table-definition.js";
import type { CertificateItems } from "./certificate-items.js";
import type { EscalationItems } from "./escalation-items.js";
import type { FormItems } from "./form-items.js";
import { failedConditions, type Item, type TableClient, withoutKeys } from "./table-client.js";

/** A transaction takes 100 items: the profile, the erasure record and this many more. */
const MORE_IN_ONE_TRANSACTION = 98;

const keyOf = (item: Item) => ({ pk: item.pk, sk: item.sk });

/** A participant's own items, erased, and the record of the erasure in their place. */
export class ErasureItems {
  constructor(private readonly table: TableClient) {}

  async eraseParticipant(participant: Participant, erasure: Erasure): Promise<boolean> {
    const { participantId } = participant;
    const own = await this.table.query(keys.participantPartition(participantId));
    const lock = keys.emailLock(participant.email);
    const address = (await this.table.query(keys.addressPartition(participant.email))).filter(
      // The lock goes only when it is this person's; reports about the address go with them.
      (item) => item.sk !== lock.sk || item.participantId === participantId,
    );
    const profileKey = keys.participantProfile(participantId);
    const others = [...own, ...address].filter(
      (item) => !(item.pk === profileKey.pk && item.sk === profileKey.sk),
    );
    // Anything beyond one transaction goes first (re-running finds the rest).
    for (const item of others.slice(MORE_IN_ONE_TRANSACTION)) await this.table.delete(keyOf(item));
    try {
      await this.table.transact([
        { Delete: { Key: profileKey, ConditionExpression: "attribute_exists(pk)" } },
        ...others.slice(0, MORE_IN_ONE_TRANSACTION).map((item) => ({
          Delete: { Key: keyOf(item) },
        })),
        {
          Put: {
            Item: {
              ...keys.erasure(erasure.pseudonym),
              ...keys.erasures(erasure.erasedAt, erasure.pseudonym),
              itemType: "erasure",
              ...erasureSchema.parse(erasure),
            },
          },
        },
      ]);
      return true;
    } catch (error) {
      // The profile was gone: erased meanwhile.
      if (failedConditions(error).includes(0)) return false;
      throw error;
    }
  }

  async pseudonymiseMatchingRuns(participantId: string, pseudonym: string): Promise<void> {
    for (const run of await this.table.queryIndex(keys.matchingRuns().gsi1pk)) {
      for (const item of await this.table.query(keys.matchingRunPartition(String(run.runId)))) {
        if (!JSON.stringify(item).includes(participantId)) continue;
        const swapped = swapId(item, participantId, pseudonym);
        if (swapped.sk !== item.sk) await this.table.delete(keyOf(item));
        await this.table.put(swapped);
      }
    }
  }

  async getErasure(pseudonym: string): Promise<Erasure | undefined> {
    const item = await this.table.get(keys.erasure(pseudonym));
    return item ? erasureSchema.parse(withoutKeys(item)) : undefined;
  }

  async listErasures(): Promise<Erasure[]> {
    return (await this.table.queryIndex(keys.erasures().gsi1pk)).map((item) =>
      erasureSchema.parse(withoutKeys(item)),
    );
  }
}

/** Erasure in one relationship's history: see WorkflowStore.pseudonymise. */
export class HistoryErasure {
  constructor(
    private readonly table: TableClient,
    private readonly forms: FormItems,
    private readonly certificates: CertificateItems,
    private readonly escalations: EscalationItems,
  ) {}

  async pseudonymise(
    relationshipId: string,
    participantId: string,
    pseudonym: string,
    at: string,
  ): Promise<{ certificatesRevoked: number }> {
    const swap = <T>(value: T): T => swapId(value, participantId, pseudonym);
    const items = await this.table.query(keys.relationshipPartition(relationshipId));
    const metaSk = keys.relationship(relationshipId).sk;
    const meta = items.find((item) => item.sk === metaSk);
    const wasMentor = meta?.mentorId === participantId;
    const puts: Item[] = [];
    const deletes: Item[] = [];
    let certificatesRevoked = 0;
    /** An item whose sort key names the participant moves to the pseudonym's key. */
    const rekey = (item: Item, without: readonly string[] = []) => {
      const copy = { ...item };
      for (const field of without) delete copy[field];
      puts.push(swap(copy));
      deletes.push(keyOf(item));
    };
    for (const item of items) {
      const sk = String(item.sk);
      const is = (prefix: { skPrefix: string }) => sk.startsWith(prefix.skPrefix);
      const own = item.participantId === participantId;
      const namesInKey = sk.endsWith(`#${participantId}`);
      const names = JSON.stringify(item).includes(participantId);
      if (sk === metaSk) {
        if (!names) continue;
        const people = { ...(item.people as Record<string, unknown> | undefined) };
        delete people[participantId];
        puts.push(
          swap({
            ...item,
            people,
            candidates: ((item.candidates as string[] | undefined) ?? []).filter(
              (id) => id !== participantId,
            ),
          }),
        );
      } else if (is(keys.reflectionsOf(relationshipId)) && own) {
        rekey(item, REFLECTION_TEXT_FIELDS);
      } else if (is(keys.checkpointsOf(relationshipId)) && own) {
        rekey(item, ["keyInsight"]);
      } else if (is(keys.closuresOf(relationshipId)) && own) {
        deletes.push(keyOf(item)); // closing answers are free text only
      } else if (is(keys.formRequestsOf(relationshipId)) && namesInKey) {
        await this.forms.pseudonymiseForm(String(item.formId), pseudonym);
        rekey(item);
      } else if (is(keys.certificateIssuesOf(relationshipId)) && namesInKey) {
        const revoked = await this.certificates.revokeForErasure(String(item.certificateId), at);
        if (revoked) certificatesRevoked++;
        rekey(item);
      } else if (is(keys.goalsOf(relationshipId)) && wasMentor) {
        // The plan is the mentor's own answer: its words go, the goal's key stays.
        const { situation, opportunities, actions, ...rest } = item;
        if (item.title !== "" || situation || opportunities || actions)
          puts.push({ ...rest, title: "", measure: "" });
      } else if (sk.includes(participantId)) {
        rekey(item); // ids only, under a key that names the pseudonym
      } else if (names || hasCoordinatorNote(item)) {
        // Events and anything else: ids only (a decline's or a note's words go), the same key.
        puts.push(swap(eventWithoutWords(item, participantId)));
      }
    }
    await this.table.batchWrite([
      ...deletes.map((Key) => ({ DeleteRequest: { Key } })),
      ...puts.map((Item) => ({ PutRequest: { Item } })),
    ]);
    // Escalations of the relationship: the evidence names people by id only, and the
    // coordinator's note, free text that may speak of the person, goes.
    for (const escalation of await this.escalations.items()) {
      if (escalation.relationshipId !== relationshipId) continue;
      if (!JSON.stringify(escalation).includes(participantId) && !("note" in escalation)) continue;
      const { note: _note, ...rest } = escalation;
      await this.table.put(swap(escalationWithoutWords(rest, participantId)));
    }
    return { certificatesRevoked };
  }
}
