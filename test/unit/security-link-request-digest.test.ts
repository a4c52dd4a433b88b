import { describe, expect, it } from "vitest";
import { MemoryMailDigests } from "../../shared/adapters/memory/memory-limits.js";
import {
  countIntoDigest,
  type DigestDeps,
  digestSlotAt,
  LINK_REQUEST_DIGEST,
  sendDueDigests,
} from "../../shared/domain/workflow/link-request-digest.js";
import type { OutgoingMail } from "../../shared/ports/mailer.js";

/** A mailer that keeps every message once per key, and can be told to fail. */
function recordingMailer() {
  const sent: OutgoingMail[] = [];
  const keys = new Set<string>();
  return {
    sent,
    failing: false,
    async send(mail: OutgoingMail) {
      if (this.failing) throw new Error("SES is down");
      if (keys.has(mail.key)) return { messageId: "", duplicate: true };
      keys.add(mail.key);
      sent.push(mail);
      return { messageId: `m${sent.length}`, duplicate: false };
    },
  };
}

function digestDeps(start: string, language: "lv" | "en" = "lv") {
  let now = new Date(start);
  const mailer = recordingMailer();
  const digests = new MemoryMailDigests();
  const deps = {
    digests,
    mailer,
    clock: { now: () => now },
    config: {
      baseUrl: "http://localhost:3000",
      contactEmail: "mentori@example.lv",
      coordinatorEmail: "koordinators@example.lv",
      coordinatorLanguage: language,
    },
  } as unknown as DigestDeps;
  return { deps, mailer, digests, at: (iso: string) => (now = new Date(iso)) };
}

describe("the hourly digest of requests from unrecognised links", () => {
  it("tells 40 requests of an hour in one e-mail after the hour, once", async () => {
    const { deps, mailer, at } = digestDeps("2027-01-04T10:00:05Z", "en");
    for (let i = 0; i < 40; i++) {
      at(`2027-01-04T10:${String(i).padStart(2, "0")}:30Z`);
      await countIntoDigest(deps);
    }
    expect(mailer.sent).toHaveLength(0);
    at("2027-01-04T10:59:59Z");
    expect(await sendDueDigests(deps)).toBe(0);
    at("2027-01-04T11:05:00Z");
    expect(await sendDueDigests(deps)).toBe(1);
    expect(await sendDueDigests(deps)).toBe(0);
    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail?.to).toBe("koordinators@example.lv");
    expect(mail?.subject).toBe("Requests for a new link from unrecognised links: 40");
    expect(mail?.text).toContain("Number of requests: 40.");
    // Riga is two hours ahead in winter.
    expect(mail?.text).toContain("4 January 2027, 12:00–13:00");
    expect(mail?.links).toEqual(["http://localhost:3000/console/link-requests"]);
  });

  it("is in the coordinator's language (Latvian by default)", async () => {
    const { deps, mailer, at } = digestDeps("2027-01-04T10:10:00Z");
    await countIntoDigest(deps);
    await countIntoDigest(deps);
    at("2027-01-04T11:00:00Z");
    await sendDueDigests(deps);
    expect(mailer.sent[0]?.subject).toBe("Jaunas saites lūgumi no neatpazītām saitēm: 2");
    expect(mailer.sent[0]?.text).toContain("Lūgumu skaits: 2.");
    expect(mailer.sent[0]?.text).toContain("Rīgas laiks");
  });

  it("goes out with the next hour's first request when no tick came", async () => {
    const { deps, mailer, at } = digestDeps("2027-01-04T10:10:00Z");
    await countIntoDigest(deps);
    at("2027-01-04T13:20:00Z");
    await countIntoDigest(deps);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.text).toContain("Lūgumu skaits: 1.");
  });

  it("keeps a digest whose sending failed for the next tick, and sends it once", async () => {
    const { deps, mailer, digests, at } = digestDeps("2027-01-04T10:10:00Z");
    await countIntoDigest(deps);
    at("2027-01-04T11:05:00Z");
    mailer.failing = true;
    await expect(sendDueDigests(deps)).rejects.toThrow("SES is down");
    expect(await digests.listDue(LINK_REQUEST_DIGEST, "2027-01-04T11:05:00Z")).toHaveLength(1);
    mailer.failing = false;
    expect(await sendDueDigests(deps)).toBe(1);
    expect(await sendDueDigests(deps)).toBe(0);
    expect(mailer.sent).toHaveLength(1);
  });

  it("passes a request to the next hour when its hour was already closed (a clock behind)", async () => {
    const { deps, digests, at } = digestDeps("2027-01-04T10:59:59Z");
    await countIntoDigest(deps);
    const slot = digestSlotAt(new Date("2027-01-04T10:59:59Z"));
    await digests.close(LINK_REQUEST_DIGEST, slot.start);
    await countIntoDigest(deps);
    at("2027-01-04T12:00:00Z");
    const due = await digests.listDue(LINK_REQUEST_DIGEST, "2027-01-04T12:00:00Z");
    expect(due.map((s) => [s.start, s.count])).toEqual([
      ["2027-01-04T10:00:00.000Z", 1],
      ["2027-01-04T11:00:00.000Z", 1],
    ]);
  });
});
