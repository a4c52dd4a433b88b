import { describe, expect, inject, it } from "vitest";
import { uniqueEmail, validMentee } from "../fixtures/applications.js";
import { programmeClient } from "./programme-client.js";

const client = programmeClient(inject("baseUrl"), inject("coordinatorToken"));
const coordinator = { authorization: `Bearer ${inject("coordinatorToken")}` };
const formIdOf = (link: string) => (link.split("/f/")[1] ?? "").split(".")[0] ?? "";

describe("participants' data and form links over HTTP", () => {
  it("resends a consent e-mail with the same link, then refuses once it is answered", async () => {
    const { mentee } = await client.startRelationship("E2E atkārtot");
    const first = await client.waitForMail(mentee.email, /please confirm|apstipriniet/);
    const link = client.formLink(first);
    const formId = formIdOf(link);

    const resent = await client.console<{ resend: number; extended: boolean }>(
      `/api/console/forms/${formId}/resend`,
      {},
    );
    expect(resent).toMatchObject({ status: 200, body: { resend: 1, extended: false } });
    const second = await client.waitForMail(mentee.email, /please confirm|apstipriniet/, 2);
    expect(client.formLink(second)).toBe(link);

    expect((await client.postForm(link, { decision: "accept" })).status).toBe(200);
    const answered = await client.console<{ error: string }>(
      `/api/console/forms/${formId}/resend`,
      {},
    );
    expect(answered).toMatchObject({ status: 409, body: { error: "form_answered" } });
    const unauthorised = await fetch(`${client.base}/api/console/forms/${formId}/resend`, {
      method: "POST",
    });
    expect(unauthorised.status).toBe(401);
  });

  it("exports a participant as a JSON file and refuses erasure while the relationship runs", async () => {
    const { mentee } = await client.startRelationship("E2E eksports");
    const response = await fetch(`${client.base}/api/console/participants/${mentee.id}/export`, {
      headers: coordinator,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="participant-${mentee.id}.json"`,
    );
    const document = (await response.json()) as {
      participant: { email: string };
      relationships: { forms: { kind: string }[] }[];
    };
    expect(document.participant.email).toBe(mentee.email);
    expect(document.relationships[0]?.forms.map((form) => form.kind)).toContain("consent");

    const refused = await client.console<{ error: string }>(
      `/api/console/participants/${mentee.id}/erase`,
      { confirm: mentee.email },
    );
    expect(refused).toMatchObject({ status: 409, body: { error: "relationship_not_closed" } });
  });

  it("erases an applicant after the confirmation; a second erasure says it was done", async () => {
    const email = uniqueEmail("e2e-erase");
    const participantId = await client.apply(validMentee({ email }));
    const erase = (body: unknown) =>
      client.console<Record<string, unknown>>(
        `/api/console/participants/${participantId}/erase`,
        body,
      );
    const wrong = await erase({ confirm: "someone.else@example.lv" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issues).toEqual([expect.objectContaining({ path: "confirm" })]);

    const done = await erase({ confirm: email });
    expect(done).toMatchObject({ status: 200, body: { alreadyErased: false, role: "mentee" } });
    expect(String(done.body.pseudonym)).toMatch(/^erased_[0-9a-f]{24}$/);
    const again = await erase({ confirm: email });
    expect(again).toMatchObject({
      status: 200,
      body: { alreadyErased: true, pseudonym: done.body.pseudonym },
    });
    const exported = await fetch(
      `${client.base}/api/console/participants/${participantId}/export`,
      {
        headers: coordinator,
      },
    );
    expect(exported.status).toBe(404);
    const participants = await client.console<{ items: { participantId: string }[] }>(
      "/api/console/participants",
    );
    expect(participants.body.items.map((p) => p.participantId)).not.toContain(participantId);
    // The address may apply again.
    await client.apply(validMentee({ email }));
  });

  it("serves the figures and a CSV table to a coordinator", async () => {
    const figures = await client.console<{ minimumGroup: number }>("/api/console/figures");
    expect(figures).toMatchObject({ status: 200, body: { minimumGroup: 3 } });
    const csv = await fetch(`${client.base}/api/console/figures/by-role-category.csv`, {
      headers: coordinator,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
