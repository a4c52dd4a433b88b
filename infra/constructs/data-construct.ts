import { RemovalPolicy } from "aws-cdk-lib";
import {
  AttributeType,
  Billing,
  type ITableV2,
  TableEncryptionV2,
  TableV2,
} from "aws-cdk-lib/aws-dynamodb";
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { type KeyAttribute, TABLE } from "../../shared/table/table-definition.js";
import { ITEM_FAMILIES, LISTINGS, type TableAccess } from "../table-access.js";

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

  /**
   * Only the item families (partition key prefixes) and GSI1 listings of `access`: every
   * request's partition keys must all match (`ForAllValues`), and a request without any is
   * refused (`Null`: ForAllValues alone would let an empty set through). No Scan, no
   * BatchGetItem.
   */
  grantItems(grantee: IGrantable, access: TableAccess) {
    const onlyKeys = (operator: "StringLike" | "StringEquals", values: string[]) => ({
      [`ForAllValues:${operator}`]: { "dynamodb:LeadingKeys": values },
      Null: { "dynamodb:LeadingKeys": "false" },
    });
    const families = (list: TableAccess["read"]) => list.map((f) => `${ITEM_FAMILIES[f]}*`);
    const add = (actions: string[], resource: string, conditions: Record<string, unknown>) =>
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({ actions, resources: [resource], conditions }),
      );
    if (access.read.length > 0)
      add(
        ["dynamodb:GetItem", "dynamodb:Query"],
        this.table.tableArn,
        onlyKeys("StringLike", families(access.read)),
      );
    if (access.write.length > 0)
      add(
        [
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem",
        ],
        this.table.tableArn,
        onlyKeys("StringLike", families(access.write)),
      );
    // On an index, the leading key is the index's partition key (gsi1pk).
    for (const index of TABLE.globalSecondaryIndexes)
      if (access.lists.length > 0)
        add(
          ["dynamodb:Query"],
          `${this.table.tableArn}/index/${index.indexName}`,
          onlyKeys(
            "StringEquals",
            access.lists.map((l) => LISTINGS[l]),
          ),
        );
  }
}
