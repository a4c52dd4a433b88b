import { createHmac, timingSafeEqual } from "node:crypto";
import { parseSignedLink, type Signer } from "../../ports/signer.js";

/**
 * HMAC-SHA256 over the form id and its expiry. The first secret signs; every secret
 * verifies, so a rotated key keeps the links it signed valid until they expire.
 */
export class HmacSigner implements Signer {
  constructor(private readonly secrets: readonly string[]) {
    if (secrets.length === 0 || secrets.some((secret) => secret.length < 16)) {
      throw new Error("form link secrets must be at least 16 characters");
    }
  }

  private mac(secret: string, formId: string, expiresAt: string): string {
    return createHmac("sha256", secret).update(`${formId}\n${expiresAt}`).digest("base64url");
  }

  async sign(formId: string, expiresAt: string): Promise<string> {
    return `${formId}.${this.mac(this.secrets[0] as string, formId, expiresAt)}`;
  }

  async pseudonym(value: string): Promise<string> {
    return createHmac("sha256", this.secrets[0] as string)
      .update(`pseudonym\n${value}`)
      .digest("hex")
      .slice(0, 24);
  }

  async verify(link: string, expiresAt: string): Promise<boolean> {
    const parsed = parseSignedLink(link);
    if (!parsed) return false;
    const given = Buffer.from(parsed.signature);
    return this.secrets.some((secret) => {
      const expected = Buffer.from(this.mac(secret, parsed.id, expiresAt));
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
  }
}
