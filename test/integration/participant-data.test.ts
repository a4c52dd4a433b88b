import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "../../functions/compose.js";
import { createHandler as downloadFigures } from "../../functions/console/download-figures.js";
import { createHandler as eraseHandler } from "../../functions/console/erase-participant.js";
import { createHandler as exportHandler } from "../../functions/console/export-participant.js";
import { createHandler as resendHandler } from "../../functions/console/resend-form.js";
import { createHandler as showFigures } from "../../functions/console/show-figures.js";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import { newCertificateId } from "../../shared/certificates/certificate-id.js";
import { pseudonymOf } from "../../shared/domain/console/participant-data.js";
import { createMatchingRun } from "../../shared/domain/create-matching-run.js";
import { approveProposal } from "../../shared/domain/decide-proposal.js";
import { submitApplication } from "../../shared/domain/submit-application.js";
import { requestForm } from "../../shared/domain/workflow/request-form.js";
import { PROGRAMME_NAME } from "../../shared/forms/render-page.js";
import { programmeFiguresSchema } from "../../shared/schemas/figures.js";
import { uniqueEmail, validMentee, validMentor } from "../fixtures/applications.js";
import { httpEvent, invoke } from "../fixtures/http-events.js";
import { useSesLocal } from "./ses-local.js";
import { COORDINATOR_TOKEN, createTestTable } from "./test-table.js";

let table: Awaited<ReturnType<typeof createTestTable>>;
const ses = useSesLocal();
let deps: Deps;
beforeAll(async () => {
  table = await createTestTable();
  deps = { ...table.deps, mailer: ses.mailerFor(table) };
});

const auth = { authorization: `Bearer ${COORDINATOR_TOKEN}` };
const call = (
  handler: Parameters<typeof invoke>[0],
  method: string,
  path: string,
  pathParameters: Record<string, string>,
  body?: unknown,
  headers: Record<string, string> = auth,
) =>
  invoke(handler, {
    ...httpEvent({
      method,
      path,
      headers,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), contentType: "application/json" }),
    }),
    pathParameters,
  });

/** Keys that carry what a person gave or what is said about them. */
const SENSITIVE =
  /rating|value|answer|reason|text|note|finding|evidence|progress|valuable|learning/i;

/**
 * Every object in a document that names one of `names` in one of its own values, next to
 * a sensitive key: what an export must never hold about someone else.
 */
function objectsNaming(document: unknown, names: string[], path = "$"): string[] {
  if (typeof document !== "object" || document === null) return [];
  const entries = Object.entries(document);
  const found = entries.flatMap(([key, value]) => objectsNaming(value, names, `${path}.${key}`));
  const named = entries.some(
    ([, value]) => typeof value === "string" && names.some((name) => value.includes(name)),
  );
  if (!Array.isArray(document) && named && entries.some(([key]) => SENSITIVE.test(key)))
    found.push(path);
  return found;
}

const exportOf = (participantId: string) =>
  call(
    exportHandler(() => deps),
    "GET",
    `/api/console/participants/${participantId}/export`,
    {
      participantId,
    },
  );

/** A mentee and a mentor, matched and approved: a relationship in consent. */
async function pair(label: string) {
  const menteeApplication = validMentee({
    email: uniqueEmail("mentee"),
    name: `Līga ${label}`,
    preferredFormats: ["individual"],
    institutionName: `${label} iestāde`,
    goal: `Mērķis (${label}): līdz gada beigām ieviest datu paneli`,
  });
  const mentorApplication = validMentor({
    email: uniqueEmail("mentor"),
    name: `Jānis ${label}`,
    formats: ["individual"],
    organisation: `${label} uzņēmums`,
    capacity: 3,
  });
  // Confirmed from the recorded mail, so the local SES mailbox holds only the workflow's.
  const mentee = await table.applyConfirmed(menteeApplication);
  const mentor = await table.applyConfirmed(mentorApplication);
  const run = await createMatchingRun(
    deps,
    { participantIds: [mentee.participantId, mentor.participantId], minimumScore: 0 },
    "c1",
  );
  const proposal = run.proposals[0];
  if (!proposal) throw new Error("no proposal");
  const approved = await approveProposal(deps, proposal.proposalId, "c1");
  return {
    relationshipId: approved.relationshipId as string,
    mentee: { id: mentee.participantId, ...menteeApplication },
    mentor: { id: mentor.participantId, ...mentorApplication },
  };
}

async function askForm(
  relationshipId: string,
  participantId: string,
  kind: "consent" | "reflection" | "closure",
  stepKey: string,
) {
  await requestForm(deps, {
    taskToken: `token-${stepKey}-${participantId}`,
    relationshipId,
    participantId,
    kind,
    stepKey,
    mode: "ask",
    state: "test",
  });
  const pointer = (await table.scanAll()).find(
    (item) =>
      item.pk === `REL#${relationshipId}` && item.sk === `FORMREQ#${stepKey}#${participantId}`,
  );
  return String(pointer?.formId);
}

const MENTEE_SECRET = "Mana slepenā refleksija par darbu";
/** What only this test's mentee wrote. */
const own = (text: string, label: string) => `${text} (${label})`;
const MENTOR_SECRET = "Mentora paša pārdomas";

/** A relationship that ran its course, with something of everything stored about both. */
async function closedRelationship(label: string) {
  const people = await pair(label);
  const { relationshipId, mentee, mentor } = people;
  const consent = await askForm(relationshipId, mentee.id, "consent", "consent#1");
  await table.deps.workflowStore.submitForm(
    consent,
    new Date().toISOString(),
    { decision: "accept" },
    { decision: "accept", reason: own("Privāts iemesls", label) },
  );
  const reflection = (participantId: string, text: string) => ({
    relationshipId,
    session: 1,
    participantId,
    held: "yes" as const,
    valueRating: 8,
    ideasRating: 7,
    safetyRating: 9,
    mostValuable: text,
    shareWithCoordinator: false,
    submittedAt: new Date().toISOString(),
  });
  await table.deps.workflowStore.putReflection(reflection(mentee.id, own(MENTEE_SECRET, label)));
  await table.deps.workflowStore.putReflection(reflection(mentor.id, MENTOR_SECRET));
  await table.deps.workflowStore.putClosure({
    relationshipId,
    participantId: mentee.id,
    answers: { learnings: own(MENTEE_SECRET, label) },
    submittedAt: new Date().toISOString(),
  });
  const reflectionEvent = (key: string, actor: string) =>
    table.deps.workflowStore.addEvent(relationshipId, {
      at: new Date().toISOString(),
      key,
      type: "reflection_received",
      actor,
      detail: { session: 1, valueRating: 8 },
    });
  await reflectionEvent(`mine-${mentee.id}`, mentee.id);
  await reflectionEvent(`theirs-${mentor.id}`, mentor.id);
  // The workflow's own steps, some of which name one of the two.
  const step = (key: string, type: string, detail: Record<string, unknown>) =>
    table.deps.workflowStore.addEvent(relationshipId, {
      at: new Date().toISOString(),
      key,
      type,
      actor: "workflow",
      detail,
    });
  await step("health-1", "health_checked", {
    session: 1,
    health: "stalled",
    findings: [
      { reason: "felt_unsafe", severity: "high", participantId: mentee.id, value: 2 },
      { reason: "reflection_missing", severity: "medium", participantId: mentor.id, session: 1 },
    ],
    acknowledged: 0,
  });
  await step(`form-${mentee.id}`, "form_sent", {
    kind: "reflection",
    stepKey: "reflection#1",
    participantId: mentee.id,
  });
  await step("escalation-unsafe", "escalation_opened", {
    escalationId: `esc-unsafe-${relationshipId}`,
    reason: "felt_unsafe",
    severity: "high",
  });
  await step("candidate-2", "mentor_changed", { from: mentor.id, to: "p_other", because: "x" });
  // A coordinator's action on the relationship, with a note that may speak of the person.
  await table.deps.workflowStore.addEvent(relationshipId, {
    at: new Date().toISOString(),
    key: "action-pause",
    type: "coordinator_action",
    actor: "coordinator:ilze",
    detail: { action: "pause", note: own("Mentorējamā slimo", label) },
  });
  await table.deps.workflowStore.openEscalation(
    {
      escalationId: `esc-unsafe-${relationshipId}`,
      relationshipId,
      reason: "felt_unsafe",
      severity: "high",
      evidence: [{ reason: "felt_unsafe", detail: { participantId: mentee.id, value: 2 } }],
      phase: "learning",
      cycle: 1,
      status: "decided",
      decision: "continue",
      note: own("Koordinatora piezīme par mentorējamo", label),
      openedAt: new Date().toISOString(),
    },
    "",
  );
  await table.deps.workflowStore.openEscalation(
    {
      escalationId: `esc-${relationshipId}`,
      relationshipId,
      reason: "low_rating",
      severity: "medium",
      evidence: [{ reason: "low_rating", detail: { participantId: mentee.id, rating: 3 } }],
      phase: "learning",
      cycle: 1,
      status: "open",
      openedAt: new Date().toISOString(),
    },
    "",
  );
  const { certificate } = await table.deps.workflowStore.issueCertificate(
    relationshipId,
    mentee.id,
    {
      certificateId: newCertificateId(),
      kind: "mentee",
      name: mentee.name,
      programme: PROGRAMME_NAME,
      format: "individual",
      period: { from: "2027-01-04", to: "2027-06-30" },
      issuedAt: "2027-06-30T09:00:00.000Z",
      status: "valid",
    },
  );
  await table.deps.workflowStore.putLinkRequest({
    requestId: `lr_${consent}`,
    problem: "answered",
    status: "open",
    requestedAt: new Date().toISOString(),
    formId: consent,
    kind: "consent",
    relationshipId,
    participantId: mentee.id,
    note: own("Lūdzu vēlreiz", label),
  });
  await table.store.suppressAddress({
    email: mentee.email,
    reason: "complaint",
    feedbackId: `evt-${label}`,
    messageId: "m-1",
    suppressedAt: new Date().toISOString(),
  });
  return { ...people, consent, certificate };
}

const close = (relationshipId: string) =>
  table.deps.workflowStore.updateRelationship(relationshipId, {
    phase: "closed",
    closeReason: "completed",
    closedAt: new Date().toISOString(),
  });

describe("GDPR export on DynamoDB Local", () => {
  it("gives everything about the person as a JSON file, never the partner's text or contacts", async () => {
    const { relationshipId, mentee, mentor, certificate } = await closedRelationship("Eksports");
    const answer = await exportOf(mentee.id);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-disposition"]).toBe(
      `attachment; filename="participant-${mentee.id}.json"`,
    );
    const document = JSON.parse(answer.body);
    expect(document.participant).toMatchObject({ participantId: mentee.id, email: mentee.email });
    expect(document.participant.application.goal).toBe(mentee.goal);
    const [relationship] = document.relationships;
    expect(relationship).toMatchObject({ relationshipId, role: "mentee" });
    expect(relationship.forms[0]).toMatchObject({
      kind: "consent",
      status: "submitted",
      answers: { decision: "accept", reason: own("Privāts iemesls", "Eksports") },
    });
    expect(relationship.reflections).toHaveLength(1);
    expect(relationship.reflections[0].mostValuable).toBe(own(MENTEE_SECRET, "Eksports"));
    expect(relationship.events.map((e: { actor: string }) => e.actor)).not.toContain(mentor.id);
    expect(document.escalations).toEqual([
      expect.objectContaining({ escalationId: `esc-${relationshipId}`, reason: "low_rating" }),
      expect.objectContaining({ escalationId: `esc-unsafe-${relationshipId}` }),
    ]);
    expect(document.certificates[0]).toMatchObject({
      certificateId: certificate.certificateId,
      relationshipId,
    });
    expect(document.linkRequests[0]).toMatchObject({ note: own("Lūdzu vēlreiz", "Eksports") });
    expect(document.mailSuppression).toMatchObject({ reason: "complaint" });
    for (const other of [MENTOR_SECRET, mentor.email, mentor.name])
      expect(answer.body).not.toContain(other);
  });

  it("gives the mentor nothing of the mentee's ratings, findings, escalations or answers (security)", async () => {
    const { relationshipId, mentee, mentor } = await closedRelationship("Partneris");
    const mentorExport = JSON.parse((await exportOf(mentor.id)).body);
    const offending = objectsNaming(mentorExport, [mentee.id, mentee.email, mentee.name]);
    expect(offending).toEqual([]);
    const text = JSON.stringify(mentorExport);
    for (const leak of [mentee.id, "felt_unsafe", "low_rating", "Koordinatora piezīme"])
      expect(text).not.toContain(leak);
    expect(mentorExport.escalations).toEqual([]);
    const [view] = mentorExport.relationships;
    // The mentor still sees the relationship's own steps, health from what concerns them.
    const check = view.events.find((e: { type: string }) => e.type === "health_checked");
    expect(check.detail).toEqual({
      session: 1,
      findings: [
        { reason: "reflection_missing", severity: "medium", participantId: mentor.id, session: 1 },
      ],
      health: "at_risk",
    });
    expect(view.health).toBe("at_risk");
    expect(view.events.map((e: { type: string }) => e.type)).not.toContain("form_sent");
    expect(view.events.find((e: { type: string }) => e.type === "mentor_changed").detail).toEqual(
      {},
    );

    // The mentee's own export keeps what is about them.
    const menteeExport = JSON.parse((await exportOf(mentee.id)).body);
    const mine = menteeExport.relationships[0].events.find(
      (e: { type: string }) => e.type === "health_checked",
    );
    expect(mine.detail.findings).toContainEqual(
      expect.objectContaining({ reason: "felt_unsafe", participantId: mentee.id, value: 2 }),
    );
    expect(mine.detail.health).toBe("stalled");
    expect(menteeExport.escalations.map((e: { reason: string }) => e.reason).sort()).toEqual([
      "felt_unsafe",
      "low_rating",
    ]);
    expect(JSON.stringify(menteeExport)).not.toContain("Koordinatora piezīme");
    expect(objectsNaming(menteeExport, [mentor.id, mentor.email, mentor.name])).toEqual([]);
    expect(relationshipId).toBe(view.relationshipId);
  });

  it("answers 404 for an unknown participant and 401 without a token", async () => {
    const handler = exportHandler(() => deps);
    const path = "/api/console/participants/p_unknown0000000000000000/export";
    const unknown = await call(handler, "GET", path, {
      participantId: "p_unknown0000000000000000",
    });
    expect(unknown.statusCode).toBe(404);
    const anonymous = await call(handler, "GET", path, { participantId: "x" }, undefined, {});
    expect(anonymous.statusCode).toBe(401);
  });
});

describe("GDPR erasure on DynamoDB Local", () => {
  const erase = (participantId: string, body?: unknown) =>
    call(
      eraseHandler(() => deps),
      "POST",
      `/api/console/participants/${participantId}/erase`,
      { participantId },
      body,
    );

  it("refuses a wrong or missing confirmation and a relationship still running, changing nothing", async () => {
    const { relationshipId, mentee } = await closedRelationship("Atteikums");
    await table.deps.workflowStore.updateRelationship(relationshipId, { phase: "learning" });
    const before = await table.scanAll();
    const wrong = await erase(mentee.id, { confirm: "cits@example.lv" });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.parse(wrong.body).issues).toEqual([
      expect.objectContaining({ path: "confirm", code: "confirmation_mismatch" }),
    ]);
    const missing = await erase(mentee.id);
    expect(missing.statusCode).toBe(400);
    expect(JSON.parse(missing.body).issues[0].path).toBe("confirm");
    const extra = await erase(mentee.id, { confirm: mentee.email, force: true });
    expect(extra.statusCode).toBe(400);
    const running = await erase(mentee.id, { confirm: mentee.email.toUpperCase() });
    expect(running.statusCode).toBe(409);
    expect(JSON.parse(running.body).error).toBe("relationship_not_closed");
    expect(await table.scanAll()).toEqual(before);
    expect((await erase("p_unknown0000000000000000", { confirm: "a@b.lv" })).statusCode).toBe(404);
  });

  it("erases the person's data, keeps anonymous figures under a pseudonym, and is idempotent", async () => {
    const { relationshipId, mentee, mentor, consent, certificate } =
      await closedRelationship("Dzēšana");
    await close(relationshipId);
    const answer = await erase(mentee.id, { confirm: ` ${mentee.email.toUpperCase()} ` });
    expect(answer.statusCode).toBe(200);
    const pseudonym = await pseudonymOf(deps, mentee.id);
    // Keyed: the id alone (from an old e-mail or log) does not give the pseudonym.
    const unkeyed = createHash("sha256").update(`erasure\n${mentee.id}`).digest("hex");
    expect(pseudonym).not.toContain(unkeyed.slice(0, 24));
    const otherKey = await pseudonymOf(
      { signer: new HmacSigner(["another-key-0123456789"]) },
      mentee.id,
    );
    expect(otherKey).not.toBe(pseudonym);
    const body = JSON.parse(answer.body);
    expect(body).toMatchObject({
      alreadyErased: false,
      pseudonym,
      role: "mentee",
      erasedBy: "coordinator:coordinator",
      relationships: 1,
      certificatesRevoked: 1,
      institutionType: mentee.institutionType,
    });

    // Nothing personal is left anywhere, matching runs and coordinator notes included.
    const text = JSON.stringify(await table.scanAll());
    for (const personal of [
      mentee.id,
      mentee.email,
      mentee.name,
      mentee.institutionName,
      mentee.goal,
      own(MENTEE_SECRET, "Dzēšana"),
      own("Privāts iemesls", "Dzēšana"),
      own("Lūdzu vēlreiz", "Dzēšana"),
      own("Koordinatora piezīme par mentorējamo", "Dzēšana"),
      own("Mentorējamā slimo", "Dzēšana"),
    ])
      expect(text).not.toContain(personal);
    // The partner's own things stay as they were.
    expect(text).toContain(MENTOR_SECRET);
    expect(text).toContain(mentor.email);

    const relationship = await table.deps.workflowStore.getRelationship(relationshipId);
    expect(relationship?.menteeIds).toEqual([pseudonym]);
    expect(relationship?.people[pseudonym]).toBeUndefined();
    const reflections = await table.deps.workflowStore.listReflections(relationshipId);
    expect(reflections.find((r) => r.participantId === pseudonym)).toMatchObject({
      valueRating: 8,
      ideasRating: 7,
      safetyRating: 9,
      held: "yes",
    });
    expect(reflections.find((r) => r.participantId === pseudonym)?.mostValuable).toBeUndefined();
    const form = await table.deps.workflowStore.getForm(consent);
    expect(form?.form).toMatchObject({ participantId: pseudonym, status: "submitted" });
    const events = await table.deps.workflowStore.listEvents(relationshipId);
    expect(events.find((e) => e.type === "participant_erased")).toMatchObject({
      actor: "coordinator:coordinator",
      detail: { participant: pseudonym },
    });
    const escalation = await table.deps.workflowStore.getEscalation(`esc-${relationshipId}`);
    expect(escalation?.escalation.evidence[0]?.detail.participantId).toBe(pseudonym);
    expect(await table.deps.workflowStore.getCertificate(certificate.certificateId)).toMatchObject({
      status: "revoked",
      name: "—",
    });
    expect(await table.store.getSuppression(mentee.email)).toBeUndefined();
    // The e-mail lock is gone: the person could apply again.
    expect(await table.store.findParticipantIdByEmail(mentee.email)).toBeUndefined();

    const again = await erase(mentee.id, { confirm: "anything@example.lv" });
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ alreadyErased: true, pseudonym });
    const exported = await exportOf(mentee.id);
    expect(exported.statusCode).toBe(404);
    const reapplied = await submitApplication(table.deps, validMentee({ email: mentee.email }));
    expect(reapplied.outcome).toBe("created");
  });
});

describe("resending a form on DynamoDB Local", () => {
  const resend = (formId: string, useDeps: Deps = deps) =>
    call(
      resendHandler(() => useDeps),
      "POST",
      `/api/console/forms/${formId}/resend`,
      { formId },
    );
  const mailTo = ses.mailTo;

  it("sends an open form again, extends an expired one still awaited, refuses an answered one", async () => {
    const { relationshipId, mentee } = await pair("Atkārtoti");
    const formId = await askForm(relationshipId, mentee.id, "consent", "consent#1");
    const [first] = await mailTo(mentee.email);
    expect(first).toBeDefined();
    await table.deps.workflowStore.putLinkRequest({
      requestId: `lr_${formId}`,
      problem: "expired",
      status: "open",
      requestedAt: new Date().toISOString(),
      formId,
      kind: "consent",
      relationshipId,
      participantId: mentee.id,
    });

    const again = await resend(formId);
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({
      formId,
      kind: "consent",
      resend: 1,
      extended: false,
      linkRequestHandled: true,
    });
    const mails = await mailTo(mentee.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe(first?.subject);
    expect(mails[1]?.links.find((l) => l.includes("/f/"))).toBe(
      first?.links.find((l) => l.includes("/f/")),
    );
    const handled = await table.deps.workflowStore.listLinkRequests("handled");
    expect(handled.map((r) => r.requestId)).toContain(`lr_${formId}`);
    const open = await table.deps.workflowStore.listLinkRequests("open");
    expect(open.map((r) => r.requestId)).not.toContain(`lr_${formId}`);

    // Eight days later the link has expired; consent still waits for it: a new link.
    const later: Deps = {
      ...deps,
      clock: { now: () => new Date(Date.now() + 8 * 86_400_000) },
    };
    const extended = await resend(formId, later);
    expect(extended.statusCode).toBe(200);
    const result = JSON.parse(extended.body);
    expect(result).toMatchObject({ resend: 2, extended: true, linkRequestHandled: false });
    expect(Date.parse(result.expiresAt)).toBeGreaterThan(Date.now() + 14 * 86_400_000);
    const third = (await mailTo(mentee.email))[2];
    expect(third?.links.find((l) => l.includes("/f/"))).not.toBe(
      first?.links.find((l) => l.includes("/f/")),
    );
    const events = await table.deps.workflowStore.listEvents(relationshipId);
    expect(events.filter((e) => e.type === "form_resent").map((e) => e.actor)).toEqual([
      "coordinator:coordinator",
      "coordinator:coordinator",
    ]);

    await table.deps.workflowStore.submitForm(formId, new Date().toISOString(), {}, {});
    const answered = await resend(formId);
    expect(answered.statusCode).toBe(409);
    expect(JSON.parse(answered.body).error).toBe("form_answered");
    expect(await mailTo(mentee.email)).toHaveLength(3);
    expect((await resend("f_unknown000000000000")).statusCode).toBe(404);
  });

  it("refuses an expired form the workflow no longer waits for", async () => {
    const { relationshipId, mentor } = await pair("Novecojis");
    const formId = await askForm(relationshipId, mentor.id, "consent", "consent#1");
    await table.deps.workflowStore.updateRelationship(relationshipId, { phase: "planning" });
    const later: Deps = { ...deps, clock: { now: () => new Date(Date.now() + 8 * 86_400_000) } };
    const answer = await resend(formId, later);
    expect(answer.statusCode).toBe(409);
    expect(JSON.parse(answer.body).error).toBe("form_not_awaited");
    expect((await table.deps.workflowStore.getForm(formId))?.form.expiresAt).toBeDefined();
  });
});

describe("programme figures on DynamoDB Local", () => {
  const csvOf = (table: string) =>
    call(
      downloadFigures(() => deps),
      "GET",
      `/api/console/figures/${table}`,
      { table },
    );

  it("answers the figures as JSON and each table as CSV; an unknown table is a 400", async () => {
    const figures = await call(
      showFigures(() => deps),
      "GET",
      "/api/console/figures",
      {},
    );
    expect(figures.statusCode).toBe(200);
    const parsed = programmeFiguresSchema.parse(JSON.parse(figures.body));
    expect(parsed.minimumGroup).toBe(3);
    expect(figures.body).not.toMatch(/p_[0-9a-z]{20}|@example/);

    const csv = await csvOf("by-format.csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toContain("programme-figures-by-format-en.csv");
    expect(csv.body.startsWith("\uFEFFcode,label_lv,label_en,relationships,")).toBe(true);
    expect(csv.body).toContain("Individuālais mentorings (1:1)");
    // A Latvian download opens as columns in Latvian Excel.
    const latvian = await invoke(
      downloadFigures(() => deps),
      {
        ...httpEvent({
          method: "GET",
          path: "/api/console/figures/by-format.csv",
          headers: auth,
          query: { lang: "lv" },
        }),
        pathParameters: { table: "by-format.csv" },
      },
    );
    expect(
      latvian.body.startsWith("\uFEFFKods;Nosaukums latviski;Nosaukums angliski;Sadarbības;"),
    ).toBe(true);

    const unknown = await csvOf("names.csv");
    expect(unknown.statusCode).toBe(400);
    expect(JSON.parse(unknown.body).issues[0].path).toBe("table");
  });
});
