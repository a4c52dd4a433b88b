import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startLocalServer } from "../../infra/local/spawn-local-system.js";
import { validMentee } from "../fixtures/applications.js";
import {
  APPLIED_AGAIN_MAIL,
  CONFIRMATION_MAIL,
  portOpen,
  programmeClient,
} from "./programme-client.js";

describe("npm start, Ctrl-C, npm start again", () => {
  it("stops everything it started and finds its data on the next start", async () => {
    const first = await startLocalServer();
    const dynamoPort = Number(
      /DynamoDB Local:\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(first.output())?.[1],
    );
    expect(dynamoPort).toBeGreaterThan(0);
    const application = validMentee();
    const created = await fetch(`${first.baseUrl}/api/applications`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(application),
    });
    expect(created.status).toBe(202);

    expect(await first.stop("SIGINT")).toBe(0);
    expect(await portOpen(Number(new URL(first.baseUrl).port))).toBe(false);
    expect(await portOpen(dynamoPort)).toBe(false);

    const second = await startLocalServer({ localDir: first.localDir });
    try {
      expect(second.output()).not.toContain("created now");
      const repeated = await fetch(`${second.baseUrl}/api/applications`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(application),
      });
      // The same answer as to a new address; that the application was found shows in the
      // mailbox: its owner is told someone applied again, and gets no new confirmation.
      expect(repeated.status).toBe(202);
      const token = readFileSync(join(first.localDir, "coordinator-token"), "utf8").trim();
      const mail = programmeClient(second.baseUrl, token);
      const again = await mail.waitForMail(application.email, APPLIED_AGAIN_MAIL);
      expect(again.links.some((link) => link.includes("/confirm/"))).toBe(true);
      expect(
        (await mail.mailTo(application.email)).filter((m) => CONFIRMATION_MAIL.test(m.subject)),
      ).toEqual([]);
    } finally {
      await second.stop("SIGINT");
    }
  }, 420_000); // starts the whole system twice (each start may take up to 3 minutes when busy)
});
