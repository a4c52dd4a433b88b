/** Signs form links so that only the e-mail's recipient can open their form. */
export interface Signer {
  /** The link part after `/f/`: `<formId>.<signature>`. */
  sign(formId: string, expiresAt: string): Promise<string>;
  /** Whether the signature in the link belongs to this form id and expiry. */
  verify(link: string, expiresAt: string): Promise<boolean>;
  /**
   * A keyed digest of `value` under the newest key: a stand-in (an erased person's
   * pseudonym) that nobody without the key can work out from the value.
   */
  pseudonym(value: string): Promise<string>;
}

/** Splits `/f/<formId>.<signature>`; undefined when the shape is wrong. */
export function parseLink(link: string): { formId: string; signature: string } | undefined {
  const match = /^(f_[0-9a-z]{10,40})\.([A-Za-z0-9_-]{20,100})$/.exec(link);
  return match ? { formId: match[1] as string, signature: match[2] as string } : undefined;
}
