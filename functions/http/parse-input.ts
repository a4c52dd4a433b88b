import type { z } from "zod";
import { ValidationError } from "../../shared/domain/errors.js";
import { explainIssues } from "../../shared/i18n/explain-issues.js";
import type { Language } from "../../shared/i18n/localized.js";

/** zod parse at the edge: a failure becomes a ValidationError with one issue per field. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  language: Language,
): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(explainIssues(result.error, input, language));
  return result.data;
}
