/**
 * The relationship workflow's states in Latvian, by their English name as the execution
 * reports it. Both come from one table in shared/ (next to each other, so a new or renamed
 * state cannot lose its Latvian name).
 */
export { LATVIAN_STATE_NAME } from "@shared/workflow/relationship-state-names";

import type { Language } from "@shared/i18n/localized.js";
import { LATVIAN_STATE_NAME as LATVIAN } from "@shared/workflow/relationship-state-names";

/** A state as the console shows it: the Latvian name on a Latvian page, else the machine's. */
export const stateName = (state: string, language: Language): string =>
  language === "lv" ? (LATVIAN.get(state) ?? state) : state;
