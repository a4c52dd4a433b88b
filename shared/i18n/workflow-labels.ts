import type { Decision, FormKind, Health, Phase } from "../schemas/workflow.js";
import type { Localized } from "./localized.js";

/**
 * What a coordinator reads for the workflow's values, once for the console, the figures and
 * their CSV files. "Attiecības" (relationship) is plural in Latvian, so the words that
 * describe one agree in the plural ("Noslēgtas", "Apstājušās").
 */

export const PHASE_LABELS: Record<Phase, Localized> = {
  consent: { lv: "Piekrišana", en: "Consent" },
  planning: { lv: "Plānošana", en: "Planning" },
  learning: { lv: "Mācīšanās cikli", en: "Learning cycles" },
  closure: { lv: "Noslēgums", en: "Closure" },
  closed: { lv: "Noslēgtas", en: "Closed" },
};

export const HEALTH_LABELS: Record<Health, Localized> = {
  on_track: { lv: "Norit labi", en: "On track" },
  at_risk: { lv: "Riskā", en: "At risk" },
  stalled: { lv: "Apstājušās", en: "Stalled" },
  paused: { lv: "Pauzē", en: "Paused" },
};

/** The forms by the names their participants see in the forms and e-mails. */
export const FORM_KIND_LABELS: Record<FormKind, Localized> = {
  consent: { lv: "Piekrišana", en: "Consent" },
  introduction: { lv: "Iepazīšanās", en: "Introduction" },
  plan: { lv: "Sadarbības plāns", en: "Mentoring plan" },
  reflection: { lv: "Refleksija", en: "Reflection" },
  checkpoint: { lv: "Progresa pārbaude", en: "Progress checkpoint" },
  closure: { lv: "Sadarbības noslēgums", en: "Closing the relationship" },
};

/** A coordinator's decisions on an escalation, as the decision buttons name them. */
export const DECISION_LABELS: Record<Decision, Localized> = {
  continue: { lv: "Turpināt", en: "Continue" },
  extend: { lv: "Pagarināt", en: "Extend" },
  replan: { lv: "Plānot no jauna", en: "Replan" },
  rematch: { lv: "Savietot no jauna", en: "Rematch" },
  pause: { lv: "Pauzēt līdz", en: "Pause until" },
  close: { lv: "Noslēgt ar iemeslu", en: "Close with reason" },
};
