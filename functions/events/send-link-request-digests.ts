import middy from "@middy/core";
import {
  type DigestDeps,
  sendDueDigests,
} from "../../shared/domain/workflow/link-request-digest.js";
import { defaultDeps } from "../compose.js";

/**
 * The hourly tick (an EventBridge schedule on AWS, the local clock locally): every due
 * digest of link requests goes to the coordinator. Idempotent, so a retried or doubled tick
 * sends nothing twice; a failure throws and the next tick tries again.
 */
export const createHandler = (deps: () => DigestDeps = defaultDeps) =>
  middy<unknown, { sent: number }>().handler(async () => {
    const sent = await sendDueDigests(deps());
    if (sent > 0)
      console.log(JSON.stringify({ level: "info", message: "link request digests sent", sent }));
    return { sent };
  });

export const handler = createHandler();
