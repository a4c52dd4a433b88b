/**
 * The one table, described once. infra/constructs/data-construct.ts turns this into a
 * TableV2 and infra/local/create-table.ts into a CreateTable call for DynamoDB Local, so
 * the two can never drift apart. Plain data only: no AWS imports here.
 */
export interface KeyAttribute {
  name: string;
  type: "S" | "N";
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
  /** Epoch seconds; DynamoDB deletes the item some time after. */
  timeToLiveAttribute: string;
}

export const TABLE: TableDefinition = {
  partitionKey: { name: "pk", type: "S" },
  sortKey: { name: "sk", type: "S" },
  globalSecondaryIndexes: [
    {
      indexName: "GSI1",
      partitionKey: { name: "gsi1pk", type: "S" },
      sortKey: { name: "gsi1sk", type: "S" },
    },
  ],
  timeToLiveAttribute: "expiresAt",
};

/** Key layout of every item kind (DESIGN.md, "Data: one table"). */
export const keys = {
  participantProfile: (participantId: string) => ({
    pk: `PARTICIPANT#${participantId}`,
    sk: "PROFILE",
  }),
  participantApplication: (participantId: string, appliedAt: string) => ({
    pk: `PARTICIPANT#${participantId}`,
    sk: `APPLICATION#${appliedAt}`,
  }),
  emailLock: (email: string) => ({ pk: `EMAIL#${normaliseEmail(email)}`, sk: "EMAIL" }),
  matchingRun: (runId: string) => ({ pk: `MATCHRUN#${runId}`, sk: "META" }),
  proposal: (runId: string, proposalId: string) => ({
    pk: `MATCHRUN#${runId}`,
    sk: `PROPOSAL#${proposalId}`,
  }),
  unplaced: (runId: string, menteeId: string) => ({
    pk: `MATCHRUN#${runId}`,
    sk: `UNPLACED#${menteeId}`,
  }),
  /** GSI1 listing of matching runs, oldest first. */
  matchingRuns: (createdAt?: string, runId?: string) => ({
    gsi1pk: "MATCHRUNS",
    gsi1sk: createdAt && runId ? `${createdAt}#${runId}` : "",
  }),
  /** GSI1 listing of participants by role, newest last. */
  participantsByRole: (role: string, appliedAt?: string, participantId?: string) => ({
    gsi1pk: `PARTICIPANTS#${role}`,
    gsi1sk: appliedAt && participantId ? `${appliedAt}#${participantId}` : "",
  }),
} as const;

/** E-mail addresses compare case-insensitively for the one-application rule. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
