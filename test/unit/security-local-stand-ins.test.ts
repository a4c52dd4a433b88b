import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import type { LocalWorkflowRuntime } from "../../infra/local/local-workflow-runtime.js";
import { hostName } from "../../infra/local/serve-local-routes.js";
import { serveStepFunctions } from "../../infra/local/serve-stepfunctions.js";

const post = (port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/",
        headers: {
          host,
          "x-amz-target": "AWSStepFunctions.NoSuchAction",
          "content-type": "application/x-amz-json-1.0",
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end("{}");
  });

describe("the local stand-ins refuse web pages on the developer's machine", () => {
  it("reads a Host header's name without its port", () => {
    expect(hostName("localhost:3000")).toBe("localhost");
    expect(hostName("[::1]:3000")).toBe("[::1]");
    expect(hostName("EVIL.example")).toBe("evil.example");
    expect(hostName(undefined)).toBe("");
  });

  it("the local Step Functions endpoint answers only requests addressed to 127.0.0.1", async () => {
    // The server reads the runtime only for known actions: none is called here.
    const server = serveStepFunctions({} as LocalWorkflowRuntime);
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", () => ready()));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await post(port, `evil.example:${port}`)).toBe(403);
      expect(await post(port, `127.0.0.1:${port}`)).toBe(400);
    } finally {
      server.close();
    }
  });
});
