import middy from "@middy/core";
import {
  handleMailEvent,
  InvalidMailEventError,
  type MailEventDeps,
  type MailEventOutcome,
} from "../../shared/domain/handle-mail-event.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import { sesMailEventSchema, toMailEvent } from "../../shared/schemas/mail-event.js";
import { defaultDeps } from "../compose.js";

export type MailEventResult =
  | ({ status: "handled" } & MailEventOutcome)
  | { status: "dropped"; error: string; message: string; issues: InvalidMailEventError["issues"] };

/**
 * An SES bounce or complaint from EventBridge (configuration set -> default bus -> rule).
 * A malformed event is logged and dropped (answered, not thrown): retrying cannot fix it,
 * and a throw would only make EventBridge deliver it again. Failures of the table or the
 * mail service do throw, so the asynchronous invocation is retried; the use case is
 * idempotent, so a retry finishes what was left.
 */
export const createHandler = (deps: () => MailEventDeps = defaultDeps) =>
  middy<unknown, MailEventResult>().handler(async (event) => {
    const parsed = sesMailEventSchema.safeParse(event);
    if (!parsed.success) {
      const error = new InvalidMailEventError(explainIssues(parsed.error, event, "en"));
      console.error(
        JSON.stringify({
          level: "error",
          message: "SES mail event dropped",
          error: error.name,
          reason: error.message,
          issues: error.issues.map((issue) => ({ path: issue.path, code: issue.code })),
        }),
      );
      return { status: "dropped", error: error.name, message: error.message, issues: error.issues };
    }
    return { status: "handled", ...(await handleMailEvent(deps(), toMailEvent(parsed.data))) };
  });

export const handler = createHandler();
