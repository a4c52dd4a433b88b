import { createServer, type Server } from "node:http";
import type { LocalWorkflowRuntime, WorkflowError } from "./local-workflow-runtime.js";

/**
 * The part of the Step Functions API the system calls (AWS JSON 1.0 protocol), so handlers
 * use the real SDK client against the local runtime through AWS_ENDPOINT_URL_SFN.
 */
export function serveStepFunctions(runtime: LocalWorkflowRuntime): Server {
  const actions: Record<string, (body: Record<string, unknown>) => unknown> = {
    StartExecution: (body) => {
      const name = String(body.name);
      const started = runtime.startExecution(name, JSON.parse(String(body.input ?? "{}")));
      return {
        executionArn: started.executionArn,
        startDate: Date.parse(started.startDate) / 1000,
      };
    },
    SendTaskSuccess: (body) => {
      runtime.sendTaskSuccess(String(body.taskToken), JSON.parse(String(body.output ?? "{}")));
      return {};
    },
    SendTaskFailure: (body) => {
      runtime.sendTaskFailure(
        String(body.taskToken),
        String(body.error ?? ""),
        String(body.cause ?? ""),
      );
      return {};
    },
    SendTaskHeartbeat: () => ({}),
    DescribeExecution: (body) => {
      const name = String(body.executionArn).split(":").at(-1) ?? "";
      const execution = runtime.describe(name);
      return {
        executionArn: execution.executionArn,
        name: execution.name,
        status: execution.status,
        startDate: Date.parse(execution.startedAt) / 1000,
        ...(execution.stoppedAt ? { stopDate: Date.parse(execution.stoppedAt) / 1000 } : {}),
        input: JSON.stringify(execution.input),
        ...(execution.output !== undefined ? { output: JSON.stringify(execution.output) } : {}),
        ...(execution.error ? { error: execution.error, cause: execution.cause } : {}),
      };
    },
  };

  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const target = String(request.headers["x-amz-target"] ?? "");
      const action = actions[target.replace(/^AWSStepFunctions\./, "")];
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/x-amz-json-1.0" });
        response.end(JSON.stringify(body));
      };
      if (!action) {
        send(400, { __type: "com.amazonaws.states#UnknownOperationException", message: target });
        return;
      }
      try {
        send(200, action(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}")));
      } catch (error) {
        const name = (error as WorkflowError).name ?? "InternalError";
        send(400, { __type: `com.amazonaws.states#${name}`, message: (error as Error).message });
      }
    });
  });
}
