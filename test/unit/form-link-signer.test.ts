import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { describe, expect, it } from "vitest";
import { HmacSigner } from "../../shared/adapters/crypto/hmac-signer.js";
import { SecretSigner } from "../../shared/adapters/secrets/secret-signer.js";

const OLD = "old-secret-0123456789abcdef";
const NEW = "new-secret-fedcba9876543210";
const EXPIRES = "2027-02-01T10:00:00.000Z";

/** A stand-in for the Secrets Manager client: answers with whatever the secret holds now. */
function secretsHolding(initial: string) {
  const state = { value: initial, reads: 0 };
  const client = {
    send: async () => {
      state.reads++;
      return { SecretString: state.value };
    },
  } as unknown as SecretsManagerClient;
  return { client, state };
}

describe("signed form links", () => {
  it("verifies its own links and refuses a changed signature, form id or expiry", async () => {
    const signer = new HmacSigner([NEW]);
    const link = await signer.sign("f_0000000123", EXPIRES);
    expect(link).toMatch(/^f_0000000123\.[A-Za-z0-9_-]{43}$/);
    expect(await signer.verify(link, EXPIRES)).toBe(true);
    expect(await signer.verify(`${link.slice(0, -2)}AA`, EXPIRES)).toBe(false);
    expect(await signer.verify(link.replace("f_0000000123", "f_0000000124"), EXPIRES)).toBe(false);
    expect(await signer.verify(link, "2027-03-01T10:00:00.000Z")).toBe(false);
    expect(await signer.verify("no-dot-here", EXPIRES)).toBe(false);
  });

  it("a rotation signs with the new key and keeps links of the old key valid", async () => {
    const before = await new HmacSigner([OLD]).sign("f_0000000001", EXPIRES);
    const rotated = new HmacSigner([NEW, OLD]);
    expect(await rotated.verify(before, EXPIRES)).toBe(true);
    const after = await rotated.sign("f_0000000001", EXPIRES);
    expect(after).not.toBe(before);
    expect(await new HmacSigner([NEW]).verify(after, EXPIRES)).toBe(true);
    // Once the old key is dropped, its links stop working.
    expect(await new HmacSigner([NEW]).verify(before, EXPIRES)).toBe(false);
  });

  it("refuses short secrets", () => {
    expect(() => new HmacSigner(["short"])).toThrow(/16 characters/);
    expect(() => new HmacSigner([])).toThrow();
  });

  it("a warm Lambda picks up a rotated secret after the refresh interval", async () => {
    let now = 0;
    const { client, state } = secretsHolding(OLD);
    const signer = new SecretSigner(client, "form-links", 60_000, () => now);
    const oldLink = await signer.sign("f_0000000009", EXPIRES);
    expect(await new HmacSigner([OLD]).verify(oldLink, EXPIRES)).toBe(true);

    state.value = JSON.stringify([NEW, OLD]);
    now = 30_000;
    // Within the interval the cached keys still sign.
    expect(await signer.sign("f_0000000009", EXPIRES)).toBe(oldLink);
    expect(state.reads).toBe(1);
    now = 61_000;
    const newLink = await signer.sign("f_0000000009", EXPIRES);
    expect(state.reads).toBe(2);
    expect(await new HmacSigner([NEW]).verify(newLink, EXPIRES)).toBe(true);
    expect(await signer.verify(oldLink, EXPIRES)).toBe(true);
  });

  it("a failed secret read is tried again on the next call", async () => {
    let fail = true;
    const client = {
      send: async () => {
        if (fail) throw new Error("throttled");
        return { SecretString: NEW };
      },
    } as unknown as SecretsManagerClient;
    const signer = new SecretSigner(client, "form-links");
    await expect(signer.sign("f_0000000001", EXPIRES)).rejects.toThrow("throttled");
    fail = false;
    expect(await signer.verify(await signer.sign("f_0000000001", EXPIRES), EXPIRES)).toBe(true);
  });
});
