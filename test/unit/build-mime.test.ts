import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildMime,
  encodeBase64Lines,
  encodeQuotedPrintable,
  encodeSubject,
  type MimeInput,
} from "../../shared/adapters/ses/build-mime.js";

const INVITE = "BEGIN:VCALENDAR\r\nSUMMARY:Mentoringa tikšanās 3\r\nEND:VCALENDAR\r\n";
const LATVIAN_SUBJECT = "Mentoringa tikšanās 3: ā č ē ģ ī ķ ļ ņ š ū ž — ĀČĒĢĪĶĻŅŠŪŽ";

const input: MimeInput = {
  from: "Mentoringa programma <mentori@example.lv>",
  to: ["anna.berzina@example.gov.lv"],
  subject: LATVIAN_SUBJECT,
  text: "Labdien, Ķēniņš Žūriņš!\nForma: https://mentori.example.lv/f/abc?x=1&y=2\nBeigas.",
  html: '<p>Labdien, Ķēniņš Žūriņš!</p><p><a href="https://mentori.example.lv/f/abc?x=1&amp;y=2">Forma</a></p>',
  attachments: [
    {
      filename: "invite.ics",
      contentType: "text/calendar; charset=utf-8; method=REQUEST",
      content: INVITE,
    },
  ],
};

// Decoders written independently of the encoder, after RFC 2045 and RFC 2047.

function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let at = 0; at < joined.length; at += 1) {
    if (joined[at] === "=") {
      bytes.push(Number.parseInt(joined.slice(at + 1, at + 3), 16));
      at += 2;
    } else {
      bytes.push(joined.charCodeAt(at));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Unfolds a header value and decodes its encoded words (whitespace between them drops). */
function decodeHeader(value: string): string {
  return value
    .replace(/\r\n[ \t]/g, " ")
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_whole, data: string) =>
      Buffer.from(data, "base64").toString("utf8"),
    );
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

/** Splits an entity into its headers (unfolded, lower-case names) and body. */
function entity(raw: string): Part {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]/g, " ");
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(split + 4) };
}

function parts(body: string, contentType: string): Part[] {
  const boundary = /boundary="([^"]+)"/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const [, ...rest] = body.split(`--${boundary}\r\n`);
  const last = rest.length - 1;
  return rest.map((chunk, index) => {
    // The CRLF before a delimiter belongs to the delimiter.
    const end =
      index === last ? chunk.indexOf(`\r\n--${boundary}--`) : chunk.length - "\r\n".length;
    return entity(chunk.slice(0, end));
  });
}

describe("buildMime", () => {
  const mime = buildMime(input);
  const message = entity(mime);

  it("is 7-bit ASCII with CRLF line ends and no line over 78 characters", () => {
    expect(mime).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(mime.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of mime.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(buildMime(input)).toBe(mime);
  });

  it("has the top headers: From, To, an encoded Subject that decodes back, MIME-Version", () => {
    expect(message.headers.from).toBe("Mentoringa programma <mentori@example.lv>");
    expect(message.headers.to).toBe("anna.berzina@example.gov.lv");
    expect(message.headers["mime-version"]).toBe("1.0");
    expect(message.headers.subject).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeHeader(message.headers.subject ?? "")).toBe(LATVIAN_SUBJECT);
  });

  it("is multipart/mixed: an alternative of text and html, then the attachment", () => {
    expect(message.headers["content-type"]).toMatch(/^multipart\/mixed; boundary="/);
    const [alternative, attachment, ...more] = parts(
      message.body,
      message.headers["content-type"] ?? "",
    );
    expect(more).toEqual([]);

    expect(alternative?.headers["content-type"]).toMatch(/^multipart\/alternative; boundary="/);
    const [text, html, ...others] = parts(
      alternative?.body ?? "",
      alternative?.headers["content-type"] ?? "",
    );
    expect(others).toEqual([]);
    expect(text?.headers).toEqual({
      "content-type": "text/plain; charset=utf-8",
      "content-transfer-encoding": "quoted-printable",
    });
    expect(decodeQuotedPrintable(text?.body ?? "")).toBe(input.text.replace(/\n/g, "\r\n"));
    expect(html?.headers).toEqual({
      "content-type": "text/html; charset=utf-8",
      "content-transfer-encoding": "quoted-printable",
    });
    expect(decodeQuotedPrintable(html?.body ?? "")).toBe(input.html);

    expect(attachment?.headers).toEqual({
      "content-type": 'text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"',
      "content-disposition": 'attachment; filename="invite.ics"',
      "content-transfer-encoding": "base64",
    });
    expect(Buffer.from(attachment?.body ?? "", "base64").toString("utf8")).toBe(INVITE);
  });

  it("sends binary attachments byte for byte and names non-ASCII files after RFC 2231", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, index) => (index * 7) % 256);
    const built = entity(
      buildMime({
        ...input,
        attachments: [{ filename: "pārskats.pdf", contentType: "application/pdf", content: bytes }],
      }),
    );
    const [, pdf] = parts(built.body, built.headers["content-type"] ?? "");
    expect(pdf?.headers["content-disposition"]).toBe(
      "attachment; filename*=UTF-8''p%C4%81rskats.pdf",
    );
    expect(pdf?.headers["content-type"]).toBe("application/pdf; name*=UTF-8''p%C4%81rskats.pdf");
    expect(new Uint8Array(Buffer.from(pdf?.body ?? "", "base64"))).toEqual(bytes);
    for (const line of (pdf?.body ?? "").split("\r\n")) {
      expect(line.length).toBeLessThanOrEqual(76);
    }
  });

  it("encodes a Latvian display name of the sender", () => {
    const built = entity(
      buildMime({ ...input, from: "Digitālā akadēmija <akademija@example.lv>" }),
    );
    expect(built.headers.from).toMatch(/^=\?UTF-8\?B\?\S+\?= <akademija@example\.lv>$/);
    expect(decodeHeader(built.headers.from ?? "")).toBe(
      "Digitālā akadēmija <akademija@example.lv>",
    );
  });

  it("refuses line breaks in headers, which would let a value add headers of its own", () => {
    expect(() => buildMime({ ...input, to: ["a@example.lv\r\nBcc: b@example.lv"] })).toThrow(
      /line break/,
    );
    const attachment = { filename: "invite.ics", contentType: "text/calendar", content: "x" };
    expect(() =>
      buildMime({ ...input, attachments: [{ ...attachment, filename: "a\nb.ics" }] }),
    ).toThrow(/line break/);
    expect(() =>
      buildMime({ ...input, attachments: [{ ...attachment, contentType: "text/plain\r\nX: y" }] }),
    ).toThrow(/line break/);
    expect(() => buildMime({ ...input, to: [] })).toThrow(/recipient/);
  });
});

describe("encodeSubject", () => {
  it("leaves a short ASCII subject plain", () => {
    expect(encodeSubject("Mentoring session 3")).toBe("Subject: Mentoring session 3");
  });

  it("splits a long Latvian subject into encoded words under 76 characters", () => {
    const subject = `${LATVIAN_SUBJECT} ${"ļoti garš temats ".repeat(8)}`.trim();
    const header = encodeSubject(subject);
    const words = header.slice("Subject: ".length).split("\r\n ");
    expect(words.length).toBeGreaterThan(2);
    for (const word of words) {
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(word.length).toBeLessThanOrEqual(75);
      // Each word decodes on its own: no character is split between two words.
      const payload = word.slice("=?UTF-8?B?".length, -2);
      expect(Buffer.from(payload, "base64").toString("utf8")).not.toContain("\uFFFD");
    }
    expect(decodeHeader(header.slice("Subject: ".length))).toBe(subject);
  });

  it("turns a line break into a space instead of breaking the header", () => {
    expect(encodeSubject("Pirmā rinda\r\notrā")).not.toMatch(/\r\n(?! )/);
    expect(decodeHeader(encodeSubject("Pirmā rinda\r\notrā").slice(9))).toBe("Pirmā rinda otrā");
    expect(encodeSubject("One\nTwo")).toBe("Subject: One Two");
  });
});

describe("encodeQuotedPrintable", () => {
  it("escapes =, trailing spaces and non-ASCII, and breaks long lines softly", () => {
    const encoded = encodeQuotedPrintable(`a=b ā \n${"x".repeat(100)}\ttab\t`);
    expect(encoded.split("\r\n")).toEqual([
      "a=3Db =C4=81=20",
      `${"x".repeat(75)}=`,
      `${"x".repeat(25)}\ttab=09`,
    ]);
  });

  it("round-trips any text, with lines of at most 76 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const encoded = encodeQuotedPrintable(text);
        for (const line of encoded.split("\r\n")) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).not.toMatch(/[ \t]$/);
        }
        expect(encoded).toMatch(/^[\x20-\x7e\r\n]*$/);
        expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r\n|[\r\n]/g, "\r\n"));
      }),
    );
  });
});

describe("encodeBase64Lines", () => {
  it("wraps at 76 characters and decodes to the UTF-8 bytes", () => {
    const text = "ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž ".repeat(10);
    const encoded = encodeBase64Lines(text);
    const lines = encoded.split("\r\n");
    expect(lines.slice(0, -1).every((line) => line.length === 76)).toBe(true);
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe(text);
    expect(encodeBase64Lines("")).toBe("");
  });
});

describe("Reply-To", () => {
  it("is a header only when a reply should reach someone else (the welcome's partners)", () => {
    const headers = (mime: string) => mime.split("\r\n\r\n")[0] ?? "";
    expect(headers(buildMime(input))).not.toMatch(/^Reply-To:/m);
    const mime = buildMime({ ...input, replyTo: ["laura.priede@example.lv", "janis@example.lv"] });
    expect(headers(mime)).toMatch(/^Reply-To: laura\.priede@example\.lv, janis@example\.lv$/m);
  });
});
