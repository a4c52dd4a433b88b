import { z } from "zod";
import { type Localized, localized } from "../i18n/localized.js";

/**
 * The data-processing consent text shown on the application form. Each version is kept so
 * that a stored application says exactly which text its author agreed to.
 */
export const CONSENT_TEXTS = {
  "2026-11": localized(
    "Piekrītu, ka Publiskās pārvaldes digitālā akadēmija apstrādā manus pieteikumā norādītos datus, lai izvērtētu dalību mentoru programmā, atrastu piemērotu mentoru vai mentorējamo un organizētu sadarbību. Dati tiek glabāti programmas laikā un vienu gadu pēc tās; jebkurā brīdī varu lūgt tos izsniegt vai dzēst, rakstot programmas koordinatoram.",
    "I agree that the Public Administration Digital Academy processes the data in this application to assess my participation in the mentoring programme, to find a suitable mentor or mentee and to organise the mentoring. The data is kept for the programme and one year after it; at any time I can ask for a copy or for its erasure by writing to the programme coordinator.",
  ),
} as const satisfies Record<string, Localized>;

export type ConsentVersion = keyof typeof CONSENT_TEXTS;
export const CURRENT_CONSENT_VERSION: ConsentVersion = "2026-11";
export const consentVersionSchema = z.enum(
  Object.keys(CONSENT_TEXTS) as [ConsentVersion, ...ConsentVersion[]],
);
