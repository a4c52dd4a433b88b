import { z } from "zod";
import { languageSchema } from "../i18n/localized.js";
import { applicantRoleSchema, emailSchema } from "./application.js";

/**
 * The waiting list: addresses that want to hear when the next intake opens. A person joins
 * from the application page while no intake is open (`form`), or is put on it after a round
 * whose matching did not place them (`not_this_round`). One entry per address
 * (case-insensitive); it remembers which cohorts' intakes it was told about.
 */

export const waitingListEntryIdSchema = z.string().regex(/^w_[0-9a-z]{10,40}$/);

export const waitingListSourceSchema = z.enum(["form", "not_this_round"]);
export type WaitingListSource = z.infer<typeof waitingListSourceSchema>;

export const waitingListEntrySchema = z.object({
  /** The entry's id: its leave link is signed over it (`/waiting-list/leave/<id>.<mac>`). */
  entryId: waitingListEntryIdSchema,
  /** As given; compared lower-cased. */
  email: z.string(),
  language: languageSchema,
  /** The role the person is interested in, when they said. */
  role: applicantRoleSchema.optional(),
  source: waitingListSourceSchema,
  joinedAt: z.iso.datetime(),
  /** The cohorts whose open intake the entry was told about, in the order it was told. */
  notifiedCohorts: z.array(z.string()),
});
export type WaitingListEntry = z.infer<typeof waitingListEntrySchema>;

/**
 * What the leave link finds by its id: the address while the entry is there; after leaving
 * only the id, when it joined (the link's MAC covers it) and when it left, nothing personal.
 */
export const waitingListLinkSchema = z.object({
  entryId: waitingListEntryIdSchema,
  joinedAt: z.iso.datetime(),
  email: z.string().optional(),
  leftAt: z.iso.datetime().optional(),
});
export type WaitingListLink = z.infer<typeof waitingListLinkSchema>;

/** The page form's fields (`POST /waiting-list`). */
export const waitingListJoinSchema = z.strictObject({
  email: emailSchema,
  language: languageSchema,
  role: applicantRoleSchema,
});
export type WaitingListJoin = z.infer<typeof waitingListJoinSchema>;
