import { GetSecretValueCommand, type SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { Signer } from "../../ports/signer.js";
import { HmacSigner } from "../crypto/hmac-signer.js";

/**
 * Form links signed with keys from Secrets Manager. The secret holds one key, or a JSON
 * array of keys (newest first) while a rotation keeps old links valid.
 */
export class SecretSigner implements Signer {
  private signer: Promise<HmacSigner> | undefined;
  private loadedAt = 0;
  /**
   * A warm Lambda reads the secret again after `refreshMs`, so a rotation reaches every
   * container within minutes: the new key signs, the old one still verifies.
   */
  constructor(
    private readonly client: SecretsManagerClient,
    private readonly secretId: string,
    private readonly refreshMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private load(): Promise<HmacSigner> {
    if (this.signer && this.now() - this.loadedAt >= this.refreshMs) this.signer = undefined;
    if (!this.signer) this.loadedAt = this.now();
    this.signer ??= this.client
      .send(new GetSecretValueCommand({ SecretId: this.secretId }))
      .then(({ SecretString }) => {
        if (!SecretString) throw new Error("the form link secret is empty");
        const keys = SecretString.trim().startsWith("[")
          ? (JSON.parse(SecretString) as string[])
          : [SecretString];
        return new HmacSigner(keys);
      })
      .catch((error: unknown) => {
        // A failed read is not kept: the next call tries again.
        this.signer = undefined;
        throw error;
      });
    return this.signer;
  }

  async sign(formId: string, expiresAt: string) {
    return (await this.load()).sign(formId, expiresAt);
  }

  async pseudonym(value: string) {
    return (await this.load()).pseudonym(value);
  }

  async verify(link: string, expiresAt: string) {
    return (await this.load()).verify(link, expiresAt);
  }
}
