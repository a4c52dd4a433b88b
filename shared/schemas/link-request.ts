import { z } from "zod";
import { emailSchema } from "./application.js";
import { oneLine } from "./one-line.js";
import { formKindSchema } from "./workflow.js";

/** What was wrong with the link a person asked to replace. */
export const linkProblemSchema = z.enum(["unknown", "expired", "answered", "closed"]);

/**
 * A person's request for a new form link, from the page of an expired, answered, closed or
 * unrecognised link. The coordinator sees the open ones and resends the form.
 */
export const linkRequestSchema = z.object({
  requestId: z.string(),
  problem: linkProblemSchema,
  status: z.enum(["open", "handled"]),
  requestedAt: z.iso.datetime(),
  /** Known when the link's signature held (expired, answered, closed). */
  formId: z.string().optional(),
  kind: formKindSchema.optional(),
  relationshipId: z.string().optional(),
  participantId: z.string().optional(),
  /** Where to answer; required when the link says nothing about who asks. */
  email: z.string().optional(),
  note: z.string().optional(),
});
export type LinkRequest = z.infer<typeof linkRequestSchema>;

/** The posted request form. Blank fields arrive absent (readFormFields). */
export const linkRequestInputSchema = z.strictObject({
  link: oneLine().max(600),
  email: emailSchema.optional(),
  /** Multi-line on purpose: the person's own words, shown as text, never in a header. */
  note: z.string().trim().max(1000).optional(),
});
export type LinkRequestInput = z.infer<typeof linkRequestInputSchema>;
