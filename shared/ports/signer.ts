/**
 * Signs links (forms, application confirmations) so that only the e-mail's recipient can
 * open what they lead to.
 */
export interface Signer {
  /** The link part after `/f/` (or `/confirm/`): `<id>.<signature>`. */
  sign(formId: string, expiresAt: string): Promise<string>;
  /** Whether the signature in the link belongs to this form id and expiry. */
  verify(link: string, expiresAt: string): Promise<boolean>;
  /**
   * A keyed digest of `value` under the newest key: a stand-in (an erased person's
   * pseudonym) that nobody without the key can work out from the value.
   */
  pseudonym(value: string): Promise<string>;
}

/**
 * Splits any signed link `<id>.<signature>`. The id's prefix says what it opens: `f_` a
 * form (`/f/`), `p_` an application to confirm (`/confirm/`). The MAC covers the whole id,
 * prefix included, so a link of one kind never opens another.
 */
export function parseSignedLink(link: string): { id: string; signature: string } | undefined {
  const match = /^([a-z]_[0-9a-z]{10,40})\.([A-Za-z0-9_-]{20,100})$/.exec(link);
  return match ? { id: match[1] as string, signature: match[2] as string } : undefined;
}

/** Splits `/f/<formId>.<signature>`; undefined when the shape is wrong. */
export function parseLink(link: string): { formId: string; signature: string } | undefined {
  const parsed = parseSignedLink(link);
  return parsed?.id.startsWith("f_")
    ? { formId: parsed.id, signature: parsed.signature }
    : undefined;
}
