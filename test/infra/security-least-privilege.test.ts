import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../infra/routes.js";
import { ITEM_FAMILIES, ROUTE_TABLE_ACCESS, STEP_TABLE_ACCESS } from "../../infra/table-access.js";
import { STEP_HANDLERS } from "../../workflows/relationship/relationship-steps.js";
import { synthesize } from "./synthesize.js";

/**
 * Hole 11 of issue 11, as the template shows it: a public route or a workflow step reaches
 * only its item families (`dynamodb:LeadingKeys`), never Scan or BatchGetItem, and every
 * function that sends mail may send only from the programme's address.
 */
type Statement = {
  Action: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
  Resource: unknown;
};
type Resource = { Type: string; Properties: Record<string, unknown> };
let resources: Record<string, Resource>;

beforeAll(() => {
  resources = synthesize("cdk-privilege-", false).template.toJSON().Resources;
});

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
/** The statements of the policies attached to roles whose logical id starts with `prefix`. */
function statementsOf(prefix: string): Statement[] {
  return Object.values(resources)
    .filter((r) => r.Type === "AWS::IAM::Policy")
    .filter((r) =>
      (r.Properties.Roles as { Ref: string }[]).some((role) => role.Ref.startsWith(prefix)),
    )
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}
const tableStatements = (prefix: string) =>
  statementsOf(prefix).filter((s) => actionsOf(s).some((a) => a.startsWith("dynamodb:")));
/** The key prefixes a statement allows (`CERT#*` -> `CERT#`). */
const leadingKeys = (s: Statement) => {
  const condition =
    s.Condition?.["ForAllValues:StringLike"] ?? s.Condition?.["ForAllValues:StringEquals"];
  return ((condition?.["dynamodb:LeadingKeys"] ?? []) as string[]).map((k) => k.replace(/\*$/, ""));
};

const guarded = [
  ...ROUTES.filter((r) => !r.coordinator && r.table).map((r) => ({
    who: `Api${r.id}Role`,
    access: ROUTE_TABLE_ACCESS[r.id],
  })),
  ...Object.keys(STEP_HANDLERS).map((id) => ({
    who: `Workflow${id}Role`,
    access: STEP_TABLE_ACCESS[id as keyof typeof STEP_TABLE_ACCESS],
  })),
];

describe("table access of the public routes and the workflow steps", () => {
  it("is conditioned on the partition keys of their item families, with no Scan or BatchGetItem", () => {
    expect(guarded.length).toBeGreaterThan(15);
    for (const { who, access } of guarded) {
      expect(access, who).toBeDefined();
      const statements = tableStatements(who);
      expect(statements.length, who).toBeGreaterThan(0);
      for (const statement of statements) {
        const actions = actionsOf(statement);
        expect(actions, who).not.toContain("dynamodb:Scan");
        expect(actions, who).not.toContain("dynamodb:BatchGetItem");
        expect(
          actions.some((a) => a.endsWith("*")),
          who,
        ).toBe(false);
        expect(leadingKeys(statement).length, who).toBeGreaterThan(0);
        expect(statement.Condition?.Null, who).toEqual({ "dynamodb:LeadingKeys": "false" });
      }
      const writes = statements.filter((s) => actionsOf(s).includes("dynamodb:PutItem"));
      expect(writes.flatMap(leadingKeys).sort(), who).toEqual(
        (access?.write ?? []).map((family) => ITEM_FAMILIES[family]).sort(),
      );
    }
  });

  it("keeps the certificate page to certificates and the form page from writing", () => {
    const certificate = tableStatements("ApiVerifyCertificateRole");
    expect(certificate.flatMap(leadingKeys)).toEqual([ITEM_FAMILIES.certificate]);
    const form = tableStatements("ApiShowFormRole");
    expect(form.flatMap(actionsOf).sort()).toEqual(["dynamodb:GetItem", "dynamodb:Query"]);
    // Applying never reads a relationship's answers or a form.
    const intake = tableStatements("ApiSubmitApplicationFormRole").flatMap(leadingKeys);
    expect(intake).not.toContain(ITEM_FAMILIES.relationship);
    expect(intake).not.toContain(ITEM_FAMILIES.form);
  });
});

describe("sending mail", () => {
  it("is allowed only from the programme's From address", () => {
    const senders = Object.values(resources)
      .filter((r) => r.Type === "AWS::IAM::Policy")
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      .filter((s) => actionsOf(s).some((a) => a.startsWith("ses:Send")));
    expect(senders.length).toBeGreaterThan(10);
    for (const statement of senders) {
      expect(actionsOf(statement)).toEqual(["ses:SendEmail"]);
      expect(statement.Condition).toEqual({
        StringEquals: { "ses:FromAddress": "mentori@example.lv" },
      });
    }
  });
});
