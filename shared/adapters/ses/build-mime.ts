/**
 * A MIME message (RFC 2045-2047, 2183, 2231, 5322) for SES raw sending: multipart/mixed with
 * a multipart/alternative text + html part and the attachments. Pure: the same input gives
 * the same bytes.
 */

export interface MimeAttachment {
  filename: string;
  /** E.g. `text/calendar; charset=utf-8; method=REQUEST`; a `name` parameter is added. */
  contentType: string;
  /** A string is sent as UTF-8. */
  content: string | Uint8Array;
}

export interface MimeInput {
  /** An address, optionally with a display name: `Mentoringa programma <mentori@example.lv>`. */
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: MimeAttachment[];
  /** `Reply-To`, when a reply should reach someone other than the sender. */
  replyTo?: string[];
}

const CRLF = "\r\n";
// Every body is quoted-printable or base64, and neither can contain "=_" ("=" is followed by
// two hex digits or a line break in the one, and "_" is not in the other's alphabet), so
// fixed boundaries never collide with content and the output stays deterministic.
const MIXED_BOUNDARY = "=_mentoring-mixed";
const ALTERNATIVE_BOUNDARY = "=_mentoring-alternative";
/** RFC 2047: an encoded word is at most 75 characters; 42 bytes make 56 base64 characters. */
const WORD_BYTES = 42;
const LINE_LIMIT = 76;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
}

/** Header values must not break the header: a CR or LF would start a header of its own. */
function assertOneLine(value: string, what: string): void {
  if (/[\r\n]/.test(value)) throw new RangeError(`${what} must not contain a line break`);
}

/** RFC 2047 B encoded words, each under 75 characters and never split inside a character. */
export function encodeWords(value: string): string[] {
  const words: string[] = [];
  let chunk = "";
  for (const char of value) {
    if (Buffer.byteLength(chunk + char, "utf8") > WORD_BYTES) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk !== "" || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, "utf8").toString("base64")}?=`);
}

/**
 * The Subject header: plain when it is short printable ASCII, otherwise encoded words on
 * folded lines (decoders join adjacent encoded words without the folding whitespace).
 */
export function encodeSubject(subject: string): string {
  // A line break in a subject is a slip of the template; a space keeps the header intact.
  const oneLine = subject.replace(/\r\n|[\r\n]/g, " ");
  if (PRINTABLE_ASCII.test(oneLine) && `Subject: ${oneLine}`.length <= 78) {
    return `Subject: ${oneLine}`;
  }
  return `Subject: ${encodeWords(oneLine).join(`${CRLF} `)}`;
}

/** An address header value; a non-ASCII display name becomes encoded words. */
function encodeAddress(address: string): string {
  assertOneLine(address, "an address");
  if (PRINTABLE_ASCII.test(address)) return address;
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(address);
  const name = named?.[1]?.replace(/^"(.*)"$/, "$1");
  const email = named?.[2];
  if (name === undefined || email === undefined || !PRINTABLE_ASCII.test(email)) {
    throw new RangeError(`only the display name of an address may be non-ASCII: ${address}`);
  }
  return `${encodeWords(name).join(" ")} <${email}>`;
}

/** A parameter `filename="invite.ics"`, or RFC 2231 `filename*=UTF-8''...` when needed. */
function fileParameter(key: string, filename: string): string {
  assertOneLine(filename, "a file name");
  if (PRINTABLE_ASCII.test(filename) && !/["\\]/.test(filename)) return `${key}="${filename}"`;
  const encoded = Array.from(Buffer.from(filename, "utf8"), (byte) =>
    /[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
  ).join("");
  return `${key}*=UTF-8''${encoded}`;
}

function hex(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/** Quoted-printable (RFC 2045, 6.7) of UTF-8 text; line breaks become CRLF hard breaks. */
export function encodeQuotedPrintable(text: string): string {
  return text
    .split(/\r\n|[\r\n]/)
    .map((line) => {
      // Tokens: one character each, so a soft break never splits "=XX" or a character.
      const chars = Array.from(line);
      const tokens = chars.map((char, index) => {
        const code = char.codePointAt(0) ?? 0;
        const last = index === chars.length - 1;
        if ((char === " " || char === "\t") && last) return hex(code);
        if (char === " " || char === "\t") return char;
        if (code >= 33 && code <= 126 && char !== "=") return char;
        return Array.from(Buffer.from(char, "utf8"), hex).join("");
      });
      const physical: string[] = [];
      let current = "";
      for (const token of tokens) {
        // Room for the "=" of a soft line break.
        if (current.length + token.length > LINE_LIMIT - 1) {
          physical.push(`${current}=`);
          current = "";
        }
        current += token;
      }
      physical.push(current);
      return physical.join(CRLF);
    })
    .join(CRLF);
}

/** Base64 in lines of 76 characters. */
export function encodeBase64Lines(content: string | Uint8Array): string {
  const encoded = bytesOf(content).toString("base64");
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += LINE_LIMIT) {
    lines.push(encoded.slice(at, at + LINE_LIMIT));
  }
  return lines.join(CRLF);
}

function textPart(type: "plain" | "html", body: string): string[] {
  return [
    `Content-Type: text/${type}; charset=utf-8`,
    "Content-Transfer-Encoding: quoted-printable",
    "",
    encodeQuotedPrintable(body),
  ];
}

function attachmentPart(attachment: MimeAttachment): string[] {
  assertOneLine(attachment.contentType, "a content type");
  const contentType = attachment.contentType.trim().replace(/;\s*$/, "");
  return [
    `Content-Type: ${contentType}; ${fileParameter("name", attachment.filename)}`,
    `Content-Disposition: attachment; ${fileParameter("filename", attachment.filename)}`,
    "Content-Transfer-Encoding: base64",
    "",
    encodeBase64Lines(attachment.content),
  ];
}

function multipart(boundary: string, parts: string[][]): string[] {
  return [...parts.flatMap((part) => [`--${boundary}`, ...part]), `--${boundary}--`];
}

/** The whole message, CRLF line ends, 7-bit ASCII only. */
export function buildMime(input: MimeInput): string {
  if (input.to.length === 0) throw new RangeError("a message needs a recipient");
  const alternative = [
    `Content-Type: multipart/alternative; boundary="${ALTERNATIVE_BOUNDARY}"`,
    "",
    ...multipart(ALTERNATIVE_BOUNDARY, [
      textPart("plain", input.text),
      textPart("html", input.html),
    ]),
  ];
  const lines = [
    `From: ${encodeAddress(input.from)}`,
    `To: ${input.to.map(encodeAddress).join(", ")}`,
    ...(input.replyTo?.length ? [`Reply-To: ${input.replyTo.map(encodeAddress).join(", ")}`] : []),
    encodeSubject(input.subject),
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${MIXED_BOUNDARY}"`,
    "",
    ...multipart(MIXED_BOUNDARY, [alternative, ...input.attachments.map(attachmentPart)]),
  ];
  return `${lines.join(CRLF)}${CRLF}`;
}
