import type { MiddlewareObj } from "@middy/core";
import {
  MalformedBodyError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
} from "../../shared/domain/errors.js";
import { type HttpEvent, type HttpResult, header } from "./http-event.js";

export const BODY_LIMIT_BYTES = 64 * 1024;

const MEDIA_TYPES = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
} as const;
export type BodyKind = keyof typeof MEDIA_TYPES;

/** Form fields keep every value a name was sent with: checkboxes repeat their name. */
export type FormFields = Record<string, string[]>;

/**
 * Into an object without a prototype: a posted name such as `constructor`, `toString` or
 * `__proto__` is then an ordinary field (ignored unless a form declares it), where on `{}`
 * it would find an inherited member, fail on `push` (a 500) or reset the prototype.
 */
const parseForm = (text: string): FormFields => {
  const fields: FormFields = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) {
    const values = Object.hasOwn(fields, name) ? (fields[name] as string[]) : [];
    values.push(value);
    fields[name] = values;
  }
  return fields;
};

/**
 * Reads the request body once, in the order a gateway would judge it: size (413), media
 * type (415), syntax (400). The handler sees `event.parsedBody` or never runs.
 */
export const parseBody = (
  kind: BodyKind,
  { limitBytes = BODY_LIMIT_BYTES, optional = false } = {},
): MiddlewareObj<HttpEvent, HttpResult> => ({
  name: "parseBody",
  before: ({ event }) => {
    // Routes whose body is optional treat an absent one as an empty JSON object.
    if (optional && !event.body && !header(event, "content-type")) {
      event.bodyText = "";
      event.parsedBody = {};
      return;
    }
    const declared = Number(header(event, "content-length"));
    if (Number.isFinite(declared) && declared > limitBytes)
      throw new PayloadTooLargeError(limitBytes);
    const raw = event.body ?? "";
    const bytes = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
    if (bytes.byteLength > limitBytes) throw new PayloadTooLargeError(limitBytes);

    const [mediaType = "", ...parameters] = (header(event, "content-type") ?? "")
      .split(";")
      .map((part) => part.trim().toLowerCase());
    const charset = parameters.find((part) => part.startsWith("charset="))?.slice(8);
    const utf8 = charset === undefined || ["utf-8", "utf8"].includes(charset.replace(/"/g, ""));
    if (mediaType !== MEDIA_TYPES[kind] || !utf8) {
      throw new UnsupportedMediaTypeError([`${MEDIA_TYPES[kind]}; charset=utf-8`]);
    }

    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    let bodyText: string;
    try {
      bodyText = text.decode(bytes);
    } catch {
      throw new MalformedBodyError("the request body is not valid UTF-8");
    }
    event.bodyText = bodyText;
    if (kind === "form") {
      event.parsedBody = parseForm(bodyText);
      return;
    }
    try {
      // JSON.parse keeps `__proto__` as an own key, never as the prototype; strict schemas
      // then name it as an unknown field (test/unit/security-body-parsing.test.ts).
      event.parsedBody = JSON.parse(bodyText);
    } catch {
      throw new MalformedBodyError("the request body is not valid JSON");
    }
  },
});
