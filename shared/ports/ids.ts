import { randomBytes } from "node:crypto";

/** Identifier source; a port so tests can make ids predictable. */
export interface Ids {
  next(prefix: string): string;
}

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Time-ordered prefix (sortable in listings) plus 80 random bits. */
export const randomIds: Ids = {
  next(prefix) {
    const time = Date.now().toString(36).padStart(10, "0");
    const random = Array.from(randomBytes(16), (byte) => ALPHABET[byte % 36]).join("");
    return `${prefix}_${time}${random}`;
  },
};
