import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { ApiConstruct } from "./constructs/api-construct.js";
import { AuthConstruct } from "./constructs/auth-construct.js";
import { DataConstruct } from "./constructs/data-construct.js";
import { ROUTES } from "./routes.js";

export interface MentoringStackProps extends StackProps {
  contactEmail?: string;
}

/** The whole system; it only wires the constructs together. */
export class MentoringStack extends Stack {
  readonly data: DataConstruct;
  readonly api: ApiConstruct;
  readonly auth: AuthConstruct;

  constructor(scope: Construct, id: string, props: MentoringStackProps = {}) {
    super(scope, id, props);
    this.data = new DataConstruct(this, "Data");
    this.auth = new AuthConstruct(this, "Auth");
    this.api = new ApiConstruct(this, "Api", {
      routes: ROUTES,
      data: this.data,
      auth: this.auth,
      contactEmail: props.contactEmail ?? "mentori@example.lv",
    });
    new CfnOutput(this, "ApiUrl", { value: this.api.api.apiEndpoint });
    new CfnOutput(this, "TableName", { value: this.data.table.tableName });
    new CfnOutput(this, "CoordinatorTokenSecret", { value: this.auth.coordinatorToken.secretArn });
  }
}
