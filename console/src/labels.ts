/**
 * The labels the console shows for the domain's values, all from shared/ (one copy for the
 * console, the server, the e-mails and the figures): phases, health, form kinds, decisions,
 * escalation reasons and the mentoring formats of the reference data.
 */

import { DECISION_LABELS, HEALTH_LABELS, PHASE_LABELS } from "@shared/i18n/workflow-labels.js";
import { FORMATS as FORMAT_ITEMS, type Format } from "@shared/schemas/reference.js";
import type { Decision, Health, Phase } from "./api";
import type { Localized } from "./i18n";

export { ESCALATION_REASONS } from "@shared/domain/escalations/escalation-reasons.js";
export {
  DECISION_LABELS,
  FORM_KIND_LABELS,
  HEALTH_LABELS,
  PHASE_LABELS,
} from "@shared/i18n/workflow-labels.js";

// The values in the order their labels list them (the schemas' order), without the schemas.
const keysOf = <K extends string>(labels: Record<K, Localized>) => Object.keys(labels) as K[];
export const PHASES: readonly Phase[] = keysOf(PHASE_LABELS);
export const HEALTHS: readonly Health[] = keysOf(HEALTH_LABELS);
export const DECISIONS: readonly Decision[] = keysOf(DECISION_LABELS);

export const FORMATS: readonly Format[] = FORMAT_ITEMS.map((item) => item.code);
export const FORMAT_LABELS = Object.fromEntries(
  FORMAT_ITEMS.map((item) => [item.code, item.label]),
) as Record<Format, Localized>;
