import type { Signer } from "../../ports/signer.js";
import { type CohortFormKind, cohortFormKindSchema } from "../../schemas/cohort-answer.js";
import { publicUrl } from "../workflow/workflow-deps.js";

/** What a cohort form link says: whose form, for which round, of which kind, until when. */
export interface CohortFormLink {
  cohortId: string;
  participantId: string;
  kind: CohortFormKind;
  /** ISO 8601, whole seconds (the link carries epoch seconds). */
  expiresAt: string;
}

/**
 * `/cohort-forms/<cohortId>.<participantId>.<kind>.<expiry>.<signature>`. Nothing is
 * stored for a cohort form before it is answered, so the link itself carries the round,
 * the person, the kind and its expiry (epoch seconds in base 36); the signature covers all
 * four. It is the Signer's HMAC (the form links' keys, so a rotation keeps these valid too)
 * over the participant id and a string that starts with `cohort-form` and holds the rest:
 * a form link signs a form id with a bare timestamp and a confirmation link a participant
 * id with a bare timestamp, neither of which can start that way, so no signature of one
 * kind of link opens another.
 */
const SHAPE =
  /^([a-z]{1,8}_[0-9a-z]{1,40})\.(p_[0-9a-z]{10,40})\.([a-z_]{3,30})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{20,100})$/;

const signed = (link: Omit<CohortFormLink, "expiresAt">, expiresAt: string) =>
  ["cohort-form", link.cohortId, link.kind, expiresAt].join("\n");

/** Whole seconds, so the link's base-36 expiry and the signed time are the same instant. */
const toSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** The signed path segment after `/cohort-forms/`. */
export async function signCohortFormLink(
  signer: Signer,
  link: Omit<CohortFormLink, "expiresAt">,
  expiresAt: Date,
): Promise<string> {
  const seconds = toSeconds(expiresAt);
  const iso = new Date(seconds * 1000).toISOString();
  const token = await signer.sign(link.participantId, signed(link, iso));
  const signature = token.slice(token.lastIndexOf(".") + 1);
  return [link.cohortId, link.participantId, link.kind, seconds.toString(36), signature].join(".");
}

/** The link's parts when its shape is right and its signature ours; undefined otherwise. */
export async function verifyCohortFormLink(
  signer: Signer,
  link: string,
): Promise<CohortFormLink | undefined> {
  const match = SHAPE.exec(link);
  if (!match) return undefined;
  const [, cohortId, participantId, kindText, expiry, signature] = match as unknown as string[];
  const kind = cohortFormKindSchema.safeParse(kindText);
  const seconds = Number.parseInt(expiry as string, 36);
  if (!kind.success || !Number.isSafeInteger(seconds)) return undefined;
  const expiresAt = new Date(seconds * 1000).toISOString();
  const parts = { cohortId: cohortId as string, participantId: participantId as string };
  const message = signed({ ...parts, kind: kind.data }, expiresAt);
  if (!(await signer.verify(`${participantId}.${signature}`, message))) return undefined;
  return { ...parts, kind: kind.data, expiresAt };
}

/** A cohort form link's own address on the public site, in the page's language. */
export const cohortFormPath = (link: string, language: "lv" | "en") =>
  `/cohort-forms/${link}?lang=${language}`;

/** The absolute address an e-mail links to. */
export const cohortFormUrl = (
  deps: { config: { baseUrl: string } },
  link: string,
  language: "lv" | "en",
) => publicUrl(deps, cohortFormPath(link, language));
