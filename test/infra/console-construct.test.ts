import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { ConsoleConstruct } from "../../infra/constructs/console-construct.js";

describe("the console construct without a build", () => {
  it("synthesizes (a fresh clone need not build the console) and deploys a page that says so", () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdk-console-"));
    const app = new App({ outdir });
    const stack = new Stack(app, "ConsoleOnly");
    const site = new ConsoleConstruct(stack, "Console", {
      distDir: join(outdir, "no-such-build"),
    });
    site.deploy({ signIn: "cognito" });
    const assembly = app.synth();
    const template = Template.fromStack(stack);
    template.resourceCountIs("Custom::CDKBucketDeployment", 1);
    // Source.data stages the placeholder page as a zip; the console bucket gets it as index.html.
    const assets = readdirSync(assembly.directory).filter((name) => name.startsWith("asset."));
    expect(assets.length).toBeGreaterThan(0);
    const staged = assets
      .flatMap((name) => {
        try {
          return readdirSync(join(assembly.directory, name)).map((file) =>
            join(assembly.directory, name, file),
          );
        } catch {
          return []; // a file asset (the zip of the AWS CLI layer)
        }
      })
      .filter((file) => file.endsWith("index.html"));
    expect(staged.map((file) => readFileSync(file, "utf8")).join("")).toContain(
      "npm run build:console",
    );
  });
});
