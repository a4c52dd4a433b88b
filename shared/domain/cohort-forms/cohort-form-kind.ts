import type { z } from "zod";
import type { FormPage } from "../../forms/form-definition.js";
import type { Texts } from "../../forms/form-fields.js";
import { format as fill, type Language, type Localized, localized } from "../../i18n/localized.js";
import type { MailTemplate } from "../../mail/workflow-mail.js";
import type { ApplicantRole } from "../../schemas/application.js";
import type { Cohort } from "../../schemas/cohort.js";
import type { CohortFormKind } from "../../schemas/cohort-answer.js";
import { formatRigaInText } from "../../schemas/form-answers.js";
import type { Participant } from "../../schemas/participant.js";

/** What a cohort form's page and e-mails are about: the round, the person, the moment. */
export interface CohortFormContext {
  cohort: Pick<
    Cohort,
    "cohortId" | "name" | "seminar" | "matchingBy" | "kickoffAt" | "endsAt" | "stage"
  >;
  participant: Pick<Participant, "role" | "application">;
}

/**
 * Everything about one kind of cohort form, in one module
 * (shared/domain/cohort-forms/<kind>-form.ts), collected by `CohortFormKind` in
 * cohort-form-kinds.ts. These forms belong to a programme round, not to a relationship:
 * no workflow task waits for them, the link carries the round, the person and the kind,
 * and answering again replaces the earlier answer while the link is valid.
 */
export interface CohortFormModule<A extends Record<string, unknown> = Record<string, unknown>> {
  kind: CohortFormKind;
  /** Whom the form is for: a person of another role gets no e-mail and no page. */
  roles: readonly ApplicantRole[];
  /** How long a link stays valid from when it is sent. */
  validForDays: number;
  /** A moment after which the answer is of no use (the seminar's start): links end there. */
  closesAt?(cohort: CohortFormContext["cohort"]): string;
  /** What the form accepts: its kind's shape of `cohortAnswerShapes`, with its own rules. */
  answerSchema: z.ZodType<A, unknown>;
  /** The fields, labels and texts in both languages; `t` fills the round's `{cohort}` etc. */
  page(t: Texts, context: CohortFormContext): FormPage;
  /** What the form shows filled in before any answer (a mentor's places). */
  defaults?(context: CohortFormContext): Record<string, string>;
  /** The e-mail that asks and the one that reminds; `{cohort}`, `{when}`, `{place}` filled. */
  mail: { ask: MailTemplate; remind: MailTemplate };
  /** The thank-you page's sentence: what happens with the answer. */
  thanks: Localized;
}

/** A module with its own answer type, as the registry holds it. */
export const defineCohortFormKind = <A extends Record<string, unknown>>(
  module: CohortFormModule<A>,
): CohortFormModule => module as unknown as CohortFormModule;

/** The values a cohort text is filled with, in one language. */
export function cohortValues(
  cohort: CohortFormContext["cohort"],
  language: Language,
): Record<string, string> {
  const at = new Date(cohort.seminar.at);
  return {
    cohort: cohort.name[language],
    when: formatRigaInText(at, language),
    place: cohort.seminar.place,
    kickoff: formatRigaInText(new Date(cohort.kickoffAt), language),
  };
}

/** A page's texts with the round's values filled in, each language with its own. */
export function cohortTexts(cohort: CohortFormContext["cohort"]): Texts {
  const lv = cohortValues(cohort, "lv");
  const en = cohortValues(cohort, "en");
  return (textLv, textEn) => localized(fill(textLv, lv), fill(textEn, en));
}

/**
 * An e-mail template with the round's values filled in, ready for `sendOnce` (which fills
 * the person's `{name}` and the coordinator's address).
 */
export const withCohort = (
  template: MailTemplate,
  cohort: CohortFormContext["cohort"],
): MailTemplate => {
  const t = cohortTexts(cohort);
  const each = (text: Localized) => t(text.lv, text.en);
  return {
    ...template,
    subject: each(template.subject),
    body: each(template.body),
    ...(template.button ? { button: each(template.button) } : {}),
  };
};

/** A mentor's places as the forms offer them: the profile's capacity, within 1 to 5. */
export const placesOf = (participant: CohortFormContext["participant"]): number =>
  participant.application.role === "mentor"
    ? Math.min(5, Math.max(1, participant.application.capacity))
    : 1;
