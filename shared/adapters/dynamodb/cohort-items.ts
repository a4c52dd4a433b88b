import { type Cohort, cohortSchema } from "../../schemas/cohort.js";
import { keys } from "../../table/table-definition.js";
import { type TableClient, withoutKeys } from "./table-client.js";

/** Cohorts (programme rounds): one item each, listed on GSI1 by when their intake opens. */
export class CohortItems {
  constructor(private readonly table: TableClient) {}

  private item(cohort: Cohort) {
    return {
      ...keys.cohort(cohort.cohortId),
      ...keys.cohorts(cohort.intakeOpensAt, cohort.cohortId),
      itemType: "cohort",
      ...cohort,
    };
  }

  createCohort(cohort: Cohort): Promise<boolean> {
    return this.table.putIfAbsent(this.item(cohort));
  }

  async getCohort(cohortId: string): Promise<Cohort | undefined> {
    const item = await this.table.get(keys.cohort(cohortId), { consistent: true });
    return item ? cohortSchema.parse(withoutKeys(item)) : undefined;
  }

  async listCohorts(): Promise<Cohort[]> {
    return (await this.table.queryIndex(keys.cohorts().gsi1pk)).map((item) =>
      cohortSchema.parse(withoutKeys(item)),
    );
  }

  updateCohort(cohort: Cohort, expectedUpdatedAt: string): Promise<boolean> {
    return this.table.putIf({
      Item: this.item(cohort),
      ConditionExpression: "updatedAt = :expected",
      ExpressionAttributeValues: { ":expected": expectedUpdatedAt },
    });
  }
}
