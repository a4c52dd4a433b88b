import { GetSecretValueCommand, type SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

/**
 * A key kept in Secrets Manager, read once per container when first needed; a failed read
 * is not kept, so the next call tries again.
 */
export function secretKey(client: SecretsManagerClient, secretId: string): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => {
    key ??= client
      .send(new GetSecretValueCommand({ SecretId: secretId }))
      .then(({ SecretString }) => {
        if (!SecretString) throw new Error(`the secret ${secretId} is empty`);
        return SecretString;
      })
      .catch((error: unknown) => {
        key = undefined;
        throw error;
      });
    return key;
  };
}
