import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { createHandler } from "../../functions/steps/hand-over-certificates.js";
import { createLocalServer } from "../../infra/local/serve-http.js";
import type { LocalMail } from "../../infra/local/start-ses-local.js";
import { ROUTES } from "../../infra/routes.js";
import { STATES } from "../../workflows/relationship/relationship-states.js";
import { extractText } from "../fixtures/pdf-text.js";
import { GOOD_REFLECTION, NOT_HELD, seedToLearning, useHarness } from "./harness.js";

const h = useHarness();

const CLOSING = {
  goalsReached: "Panelis ieviests",
  learnings: "Dati ir komandas darbs",
  keepInTouch: true,
};
const CERTIFICATE_MAIL = /certificate|sertifikāts|Thank you for mentoring|Paldies par jūsu darbu/;

/** GET over HTTP from the routes' own server (the handler modules Lambda runs). */
async function httpGet(path: string, headers: Record<string, string> = {}) {
  const server = await createLocalServer({
    routes: ROUTES.filter((route) => route.id === "VerifyCertificate"),
    root: resolve(import.meta.dirname, "../.."),
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    return { status: response.status, html: await response.text() };
  } finally {
    await new Promise((done) => server.close(done));
  }
}

const pdfOf = (mail: LocalMail) => {
  const pdf = mail.attachments.find((a) => a.contentType === "application/pdf");
  if (!pdf) throw new Error(`no PDF attached to "${mail.subject}"`);
  return pdf;
};

describe("certificates at closure", () => {
  it("a completed relationship: the mentee's certificate and the mentor's thanks, each once", async () => {
    const { relationshipId, mentor, mentee, sessions } = await seedToLearning(h, 1);
    await h.reflectOn(
      sessions[0],
      [mentor.email, GOOD_REFLECTION],
      [mentee.email, GOOD_REFLECTION],
    );
    await h.waitForState(relationshipId, STATES.waitClosure);
    for (const person of [mentor.email, mentee.email]) {
      await h.answer(await h.waitForMail(person, /Clos|noslēgums/), CLOSING);
    }
    await h.waitForStatus(relationshipId, "SUCCEEDED");

    // The mentee (Latvian) gets the certificate, in Latvian, with the PDF attached.
    const menteeMail = await h.waitForMail(mentee.email, CERTIFICATE_MAIL);
    expect(menteeMail.subject).toBe("Jūsu mentoringa programmas sertifikāts");
    const certificate = pdfOf(menteeMail);
    expect(certificate.filename).toBe("sertifikats.pdf");
    const menteeText = (await extractText(new Uint8Array(certificate.content))).text;
    expect(menteeText).toContain("Līga Bērziņa");
    expect(menteeText).toContain("Sertifikāts");
    const certificateId = /cert_[0-9a-z]{26}/.exec(menteeText)?.[0] ?? "";
    expect(certificateId).not.toBe("");
    // The e-mail explains why, links the verification page and names the coordinator.
    expect(menteeMail.text).toContain(certificateId);
    expect(menteeMail.text).toContain("Publiskās pārvaldes digitālās akadēmijas");
    expect(menteeMail.text).toContain("Jautājumi? Rakstiet koordinatoram:");
    expect(menteeMail.links).toContain(`http://forms.test/certificates/${certificateId}?lang=lv`);

    // The mentor (English) gets the thank-you letter.
    const mentorMail = await h.waitForMail(mentor.email, CERTIFICATE_MAIL);
    expect(mentorMail.subject).toBe("Thank you for mentoring");
    expect(pdfOf(mentorMail).filename).toBe("thank-you.pdf");
    const mentorText = (await extractText(new Uint8Array(pdfOf(mentorMail).content))).text;
    expect(mentorText).toContain("Jānis Ozoliņš");
    expect(mentorText).toContain("Thank you");
    // The mentor's thanks name the mentee.
    expect(mentorText).toContain("Līga Bērziņa");

    // The stored record holds what the verification page shows, nothing private.
    const stored = await h.deps.workflowStore.getCertificate(certificateId);
    expect(stored).toMatchObject({
      certificateId,
      kind: "mentee",
      name: "Līga Bērziņa",
      format: "individual",
      status: "valid",
    });
    expect(JSON.stringify(stored)).not.toContain(mentee.email);
    expect(JSON.stringify(stored)).not.toContain(GOOD_REFLECTION.mostValuable);

    // The verification page over HTTP confirms it: the name, nothing private.
    const page = await httpGet(`/certificates/${certificateId}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("<h1>Sertifikāts ir īsts</h1>");
    expect(page.html).toContain("Līga Bērziņa");
    expect(page.html).not.toContain(mentee.email);
    expect(page.html).not.toContain("Jānis Ozoliņš");
    const english = await httpGet(`/certificates/${certificateId}`, { "accept-language": "en" });
    expect(english.html).toContain("<h1>This certificate is genuine</h1>");
    const unknown = await httpGet("/certificates/cert_00000000000000000000000000");
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain("<h1>Sertifikāts nav atrasts</h1>");

    // A retried step (twice, at once) issues and sends nothing new.
    const countBefore = {
      mentee: (await h.mailTo(mentee.email)).length,
      mentor: (await h.mailTo(mentor.email)).length,
    };
    const step = createHandler(() => h.deps);
    const input = { relationshipId, state: STATES.certificates };
    await Promise.all([step(input, {} as Context), step(input, {} as Context)]);
    expect((await h.mailTo(mentee.email)).length).toBe(countBefore.mentee);
    expect((await h.mailTo(mentor.email)).length).toBe(countBefore.mentor);
    const issued = (await h.deps.workflowStore.listEvents(relationshipId)).filter(
      (event) => event.type === "certificate_issued",
    );
    expect(issued.map((event) => event.detail.kind).sort()).toEqual(["mentee", "mentor"]);
    expect(issued.find((event) => event.detail.kind === "mentee")?.detail.certificateId).toBe(
      certificateId,
    );
    for (const person of [mentor.email, mentee.email]) {
      expect((await h.mailTo(person)).filter((m) => CERTIFICATE_MAIL.test(m.subject))).toHaveLength(
        1,
      );
    }

    // The step finished: the relationship says so. Had the process stopped before that, a
    // new execution (as the local server starts on restart) resumes at the certificate step
    // and ends closed, sending nothing twice.
    expect((await h.relationship(relationshipId))?.certificatesAt).toBeDefined();
    await h.deps.workflowStore.updateRelationship(relationshipId, { certificatesAt: undefined });
    h.runtime.startExecution(`${relationshipId}-restarted`, { relationshipId });
    await h.until("the certificate step again", async () => {
      const execution = h.runtime.describe(`${relationshipId}-restarted`);
      return execution.status === "SUCCEEDED" ? execution : undefined;
    });
    const visited = h.runtime
      .describe(`${relationshipId}-restarted`)
      .history.map((event) => JSON.stringify(event));
    expect(visited.some((event) => event.includes(STATES.certificates))).toBe(true);
    expect((await h.relationship(relationshipId))?.certificatesAt).toBeDefined();
    expect((await h.mailTo(mentee.email)).length).toBe(countBefore.mentee);
    expect((await h.mailTo(mentor.email)).length).toBe(countBefore.mentor);
  });

  it("a relationship the coordinator closed early gets no certificates", async () => {
    const { relationshipId, mentor, mentee, sessions } = await seedToLearning(h, 3);
    for (const session of sessions.slice(0, 2)) {
      await h.reflectOn(session, [mentor.email, NOT_HELD], [mentee.email, NOT_HELD]);
    }
    const { openEscalationId } = await h.openEscalation(relationshipId);
    await h.decide(openEscalationId ?? "", {
      decision: "close",
      note: "Mentorējamais mainīja darbu",
    });
    await h.waitForStatus(relationshipId, "SUCCEEDED");
    const withheld = (await h.deps.workflowStore.listEvents(relationshipId)).find(
      (event) => event.type === "certificates_withheld",
    );
    expect(withheld?.detail).toMatchObject({ reason: "closed_early" });
    for (const person of [mentor.email, mentee.email]) {
      expect((await h.mailTo(person)).filter((m) => CERTIFICATE_MAIL.test(m.subject))).toEqual([]);
    }
  });
});
