import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../infra/build-app.js";

/**
 * `cdk synth` and `cdk deploy` know the account and region, so ARNs hold them as plain
 * values rather than pseudo parameters; every cdk-nag acknowledgement must still match.
 */
describe("the stack in a concrete account and region", () => {
  it("synthesizes with cdk-nag and no unacknowledged finding", () => {
    const { app } = buildApp({
      appProps: {
        outdir: mkdtempSync(join(tmpdir(), "cdk-env-")),
        context: { "aws:cdk:bundling-stacks": [] },
      },
      stackProps: { env: { account: "123456789012", region: "eu-north-1" } },
    });
    // synth() throws on any unacknowledged cdk-nag finding.
    expect(() => app.synth()).not.toThrow();
  });
});
