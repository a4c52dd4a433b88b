import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { ConflictError } from "../../domain/errors.js";
import { runIdOf } from "../../domain/matching/proposal-ids.js";
import type { Approval, StoredRun } from "../../ports/store.js";
import {
  matchingRunSchema,
  type Proposal,
  proposalSchema,
  unplacedSchema,
} from "../../schemas/matching.js";
import { keys } from "../../table/table-definition.js";
import { takePlaces } from "./participant-items.js";
import { failedConditions, type TableClient, withoutKeys } from "./table-client.js";

/** Only a still-proposed proposal that still names this mentor may change. */
const stillProposed = (mentorId: string) => ({
  ConditionExpression: "#status = :proposed AND mentorId = :mentor",
  ExpressionAttributeNames: { "#status": "status" },
  ExpressionAttributeValues: { ":proposed": "proposed", ":mentor": mentorId },
});

/** Matching runs: the run, its proposals and unplaced mentees; approving a proposal. */
export class MatchingRunItems {
  constructor(private readonly table: TableClient) {}

  async saveMatchingRun(stored: StoredRun): Promise<void> {
    const { run, proposals, unplaced } = stored;
    // The proposals and the unplaced first, the run last: a run that can be read is whole.
    const parts = [
      ...proposals.map((proposal) => ({
        ...keys.proposal(run.runId, proposal.proposalId),
        itemType: "proposal",
        ...proposal,
      })),
      ...unplaced.map((item) => ({
        ...keys.unplaced(run.runId, item.menteeId),
        itemType: "unplaced",
        ...item,
      })),
    ];
    await this.table.batchWrite(parts.map((Item) => ({ PutRequest: { Item } })));
    await this.table.put({
      ...keys.matchingRun(run.runId),
      ...keys.matchingRuns(run.createdAt, run.runId),
      itemType: "matching-run",
      ...run,
    });
  }

  async getMatchingRun(runId: string): Promise<StoredRun | undefined> {
    const items = await this.table.query(keys.matchingRunPartition(runId));
    const meta = items.find((item) => item.sk === keys.matchingRun(runId).sk);
    if (!meta) return undefined;
    const startingWith = (prefix: string) =>
      items.filter((item) => String(item.sk).startsWith(prefix)).map(withoutKeys);
    return {
      run: matchingRunSchema.parse(withoutKeys(meta)),
      proposals: startingWith(keys.proposalsOf(runId).skPrefix).map((item) =>
        proposalSchema.parse(item),
      ),
      unplaced: startingWith(keys.unplacedOf(runId).skPrefix).map((item) =>
        unplacedSchema.parse(item),
      ),
    };
  }

  async listMatchingRuns(): Promise<StoredRun[]> {
    // The GSI lists the runs' meta items oldest first; each run's partition holds the rest.
    const listed = await this.table.queryIndex(keys.matchingRuns().gsi1pk);
    const runs = await Promise.all(listed.map((item) => this.getMatchingRun(String(item.runId))));
    return runs
      .filter((run): run is StoredRun => run !== undefined)
      .sort((a, b) => byNewest(a.run, b.run));
  }

  async getProposal(proposalId: string): Promise<Proposal | undefined> {
    const runId = runIdOf(proposalId);
    if (!runId) return undefined;
    const item = await this.table.get(keys.proposal(runId, proposalId));
    return item ? proposalSchema.parse(withoutKeys(item)) : undefined;
  }

  async approveProposal(proposal: Proposal, approval: Approval): Promise<Proposal> {
    const placement = {
      proposalId: proposal.proposalId,
      relationshipId: approval.relationshipId,
      mentorId: proposal.mentorId,
    };
    const count = proposal.menteeIds.length;
    const open = stillProposed(proposal.mentorId);
    try {
      await this.table.transact([
        {
          Update: {
            Key: keys.proposal(proposal.runId, proposal.proposalId),
            UpdateExpression:
              "SET #status = :approved, relationshipId = :rel, approvedAt = :at, approvedBy = :by",
            ...open,
            ExpressionAttributeValues: {
              ":approved": "approved",
              ":rel": approval.relationshipId,
              ":at": approval.approvedAt,
              ":by": approval.approvedBy,
              ...open.ExpressionAttributeValues,
            },
          },
        },
        ...proposal.menteeIds.map((menteeId) => ({
          Update: {
            Key: keys.participantProfile(menteeId),
            UpdateExpression: "SET placement = :placement",
            ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(placement)",
            ExpressionAttributeValues: { ":placement": placement },
          },
        })),
        {
          Put: {
            Item: {
              ...keys.relationship(approval.relationshipId),
              ...keys.relationships(approval.relationship.createdAt, approval.relationshipId),
              itemType: "relationship",
              ...approval.relationship,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          },
        },
        takePlaces(proposal.mentorId, count, approval.mentorCapacity),
      ]);
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw conflictFor(failedConditions(error)[0] ?? -1, count);
      }
      throw error;
    }
    return {
      ...proposal,
      status: "approved",
      relationshipId: approval.relationshipId,
      approvedAt: approval.approvedAt,
      approvedBy: approval.approvedBy,
    };
  }

  async updateProposal(proposal: Proposal, expectedMentorId: string): Promise<void> {
    const replaced = await this.table.putIf({
      Item: {
        ...keys.proposal(proposal.runId, proposal.proposalId),
        itemType: "proposal",
        ...proposal,
      },
      ...stillProposed(expectedMentorId),
    });
    if (!replaced) {
      throw new ConflictError("proposal_changed", "the proposal was changed or approved meanwhile");
    }
  }
}

/** Newest first; runs made in the same millisecond by their ids. */
const byNewest = (
  a: { createdAt: string; runId: string },
  b: { createdAt: string; runId: string },
) => b.createdAt.localeCompare(a.createdAt) || b.runId.localeCompare(a.runId);

/** What blocked an approval, by the first write whose condition failed (-1: none did). */
const conflictFor = (failed: number, menteeCount: number): ConflictError => {
  if (failed === 0)
    return new ConflictError("proposal_not_open", "the proposal is not open for approval");
  if (failed > 0 && failed <= menteeCount) {
    return new ConflictError("mentee_already_placed", "a mentee of the proposal is already placed");
  }
  return new ConflictError("mentor_full", "the mentor has no room left for these mentees");
};
