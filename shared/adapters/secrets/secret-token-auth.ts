import { GetSecretValueCommand, type SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { Coordinator, CoordinatorAuth } from "../../ports/coordinator-auth.js";
import { StaticTokenAuth } from "../memory/static-token-auth.js";

/** On AWS the coordinator token lives in Secrets Manager; read once per container, briefly cached. */
export class SecretTokenAuth implements CoordinatorAuth {
  private cached: { auth: StaticTokenAuth; until: number } | undefined;
  constructor(
    private readonly client: SecretsManagerClient,
    private readonly secretId: string,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async verify(token: string): Promise<Coordinator | undefined> {
    if (!this.cached || this.cached.until < Date.now()) {
      const { SecretString } = await this.client.send(
        new GetSecretValueCommand({ SecretId: this.secretId }),
      );
      if (!SecretString) throw new Error("the coordinator token secret is empty");
      this.cached = { auth: new StaticTokenAuth(SecretString), until: Date.now() + this.ttlMs };
    }
    return this.cached.auth.verify(token);
  }
}
