import { randomBytes } from "node:crypto";
import { z } from "zod";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const RANDOM_LENGTH = 26;
/** 252 = 7 × 36: bytes at or above it are dropped so every character is equally likely. */
const UNBIASED_LIMIT = 252;

/**
 * A certificate id is printed on the PDF and typed into the verification page, so it must
 * not be guessable: 26 base36 characters carry about 134 random bits and no time part
 * (unlike `randomIds`, which leaks when a record was made and has a slight modulo bias).
 */
export const certificateIdSchema = z
  .string()
  .regex(/^cert_[0-9a-z]{26}$/, "A certificate id is cert_ followed by 26 letters a-z or digits.");
export type CertificateId = z.infer<typeof certificateIdSchema>;

export function newCertificateId(): CertificateId {
  let random = "";
  while (random.length < RANDOM_LENGTH) {
    for (const byte of randomBytes(RANDOM_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      random += ALPHABET[byte % 36];
      if (random.length === RANDOM_LENGTH) break;
    }
  }
  return `cert_${random}`;
}

/** Ids arrive typed by people: tolerate surrounding spaces and capitals, nothing else. */
export function normalizeCertificateId(typed: string): CertificateId | undefined {
  const parsed = certificateIdSchema.safeParse(typed.trim().toLowerCase());
  return parsed.success ? parsed.data : undefined;
}
