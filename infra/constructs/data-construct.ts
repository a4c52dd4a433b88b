import { RemovalPolicy } from "aws-cdk-lib";
import {
  AttributeType,
  Billing,
  type ITableV2,
  TableEncryptionV2,
  TableV2,
} from "aws-cdk-lib/aws-dynamodb";
import type { IGrantable } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { type KeyAttribute, TABLE } from "../../shared/table/table-definition.js";

const attribute = (key: KeyAttribute) => ({
  name: key.name,
  type: key.type === "S" ? AttributeType.STRING : AttributeType.NUMBER,
});

export interface DataConstructProps {
  /** Keep the table when the stack is deleted (default): it holds the programme's records. */
  removalPolicy?: RemovalPolicy;
}

/** The one table, built from shared/table/table-definition.ts. */
export class DataConstruct extends Construct {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: DataConstructProps = {}) {
    super(scope, id);
    this.table = new TableV2(this, "Table", {
      partitionKey: attribute(TABLE.partitionKey),
      sortKey: attribute(TABLE.sortKey),
      globalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      deletionProtection: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
  }

  grantRead(grantee: IGrantable) {
    return this.table.grantReadData(grantee);
  }

  grantReadWrite(grantee: IGrantable) {
    return this.table.grantReadWriteData(grantee);
  }
}
