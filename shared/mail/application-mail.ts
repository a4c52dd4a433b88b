import { format, type Language, type Localized, localized } from "../i18n/localized.js";
import { formatRigaDayUntil, formatRigaInText } from "../schemas/form-answers.js";
import type { MailTemplate } from "./workflow-mail.js";

/**
 * The e-mails of intake. They go to an address before we know that its owner applied, so
 * they greet nobody by name, say why the address gets them, and show nothing of what was
 * written in the application: whoever typed the address may not be its owner. Only the
 * receipt (`received`) shows what was received, once the owner confirmed from the link.
 */
export type ApplicationMailKind =
  | "confirm"
  | "again_unconfirmed"
  | "again_confirmed"
  | "rejoin"
  | "received"
  | "received_ineligible";

/** What an already confirmed application stands at, as its owner is told. */
export type ApplicationStanding = "waiting" | "placed" | "ineligible";

const GREETING = localized("Labdien!", "Hello,");
const WHY = localized(
  "Jūs saņemat šo e-pastu, jo ar šo e-pasta adresi tika iesniegts pieteikums programmai „{programme}”.",
  "You receive this e-mail because an application to the “{programme}” was sent with this e-mail address.",
);
const AGAIN_SUBJECT = localized(
  "Ar jūsu e-pasta adresi vēlreiz iesniegts pieteikums",
  "Someone applied with your e-mail address again",
);

/** What happens after a confirmed, eligible application, with the date (page and e-mail). */
export const NEXT_STEP = localized(
  "Kas notiks tālāk: koordinators izvērtēs pieteikumus un līdz {by} jums piedāvās mentoringa sadarbību vai uzrakstīs, kā virzās savietošana. Par piedāvājumu saņemsiet e-pastu, un sadarbība sāksies tikai tad, kad piekritīs abas puses.",
  "What happens next: the coordinator reviews the applications and by {by} will propose a mentoring relationship to you or write to you how matching is going. You will get an e-mail about the proposal, and the mentoring starts only when both sides agree.",
);

/** The next step with its date, as the thank-you page after confirming says it. */
export const nextStepText = (language: Language, by: Date): string =>
  format(NEXT_STEP[language], { by: formatRigaDayUntil(by, language) });

const TEMPLATES: Record<ApplicationMailKind, MailTemplate> = {
  received: {
    subject: localized(
      "Jūsu pieteikums mentoru programmai ir saņemts",
      "We have your application to the mentoring programme",
    ),
    body: localized(
      `Paldies! Jūsu pieteikums ir apstiprināts un atbilst programmas nosacījumiem. Zemāk ir tas, ko saņēmām. ${NEXT_STEP.lv} Ja kaut kas ir jālabo, rakstiet koordinatoram.`,
      `Thank you! Your application is confirmed and meets the programme's conditions. Below is what we received. ${NEXT_STEP.en} If something needs correcting, write to the coordinator.`,
    ),
    greeting: GREETING,
    why: WHY,
  },
  received_ineligible: {
    subject: localized(
      "Jūsu pieteikums mentoru programmai ir saņemts",
      "We have your application to the mentoring programme",
    ),
    body: localized(
      "Paldies! Jūsu pieteikums ir apstiprināts un saglabāts, bet šobrīd tas neatbilst programmas nosacījumiem: {standing} Zemāk ir tas, ko saņēmām. Ja domājat, ka tā ir kļūda, vai vēlaties labot pieteikumu, rakstiet koordinatoram.",
      "Thank you! Your application is confirmed and kept, but it does not meet the programme's conditions at the moment: {standing} Below is what we received. If you think this is a mistake or want to correct your application, write to the coordinator.",
    ),
    greeting: GREETING,
    why: WHY,
  },
  confirm: {
    subject: localized(
      "Jūsu pieteikums mentoru programmai gaida apstiprinājumu",
      "Your application to the mentoring programme awaits confirmation",
    ),
    body: localized(
      "Ar šo e-pasta adresi ir iesniegts pieteikums mentoru programmai. Pieteikumu izskatīs tikai tad, kad to apstiprināsiet: atveriet saiti un nospiediet pogu „Apstiprināt pieteikumu”. Saites derīguma termiņš beidzas {until}. Ja pieteikumu neiesniedzāt jūs vai vēlaties to iesniegt no jauna ar citām atbildēm, neapstipriniet to: neapstiprināts pieteikums tiks dzēsts, un adresi varēs izmantot no jauna.",
      "An application to the mentoring programme was sent with this e-mail address. It is considered only once you confirm it: open the link and press “Confirm the application”. The link is valid until {until}. If you did not apply, or want to apply again with other answers, do not confirm: an unconfirmed application is deleted and the address can be used again.",
    ),
    button: localized("Apstiprināt pieteikumu", "Confirm the application"),
    greeting: GREETING,
    why: WHY,
  },
  again_unconfirmed: {
    subject: AGAIN_SUBJECT,
    body: localized(
      "Kāds vēlreiz iesniedza pieteikumu mentoru programmai ar šo e-pasta adresi. Ja to darījāt jūs: ar šo adresi jau ir pieteikums, kas vēl nav apstiprināts, un jaunais netika saglabāts. Lai apstiprinātu esošo pieteikumu, atveriet saiti (tās derīguma termiņš beidzas {until}). Ja vēlaties pieteikties ar citām atbildēm, neapstipriniet to: pēc šī termiņa tas tiks dzēsts, un varēsiet pieteikties no jauna. Ja to nedarījāt jūs, nekas nav jādara.",
      "Someone sent another application to the mentoring programme with this e-mail address. If it was you: this address already has an application that is not confirmed yet, and the new one was not kept. To confirm the existing application, open the link by {until}. To apply with other answers, do not confirm it: after that date it is deleted and you can apply again. If it was not you, there is nothing to do.",
    ),
    button: localized("Apstiprināt pieteikumu", "Confirm the application"),
    greeting: GREETING,
    why: WHY,
  },
  rejoin: {
    subject: localized(
      "Apstipriniet savu pieteikumu jaunajai programmas kārtai",
      "Confirm your application to the new programme round",
    ),
    body: localized(
      "Ar šo e-pasta adresi ir iesniegts jauns pieteikums mentoru programmas kārtai, kuras pieteikšanās ir atvērta. Ar šo adresi programmā jau ir dalība, un tās vēsture paliek saglabāta; jaunais pieteikums (arī citā lomā) stāsies spēkā, kad to apstiprināsiet: atveriet saiti un nospiediet pogu „Apstiprināt pieteikumu”. Saites derīguma termiņš beidzas {until}. Ja pieteikumu neiesniedzāt jūs, nekas nav jādara: bez apstiprinājuma nekas nemainās.",
      "A new application to the mentoring programme's round whose intake is open was sent with this e-mail address. This address has taken part in the programme before, and that stays on record; the new application (also in another role) takes effect once you confirm it: open the link and press “Confirm the application”. The link is valid until {until}. If you did not apply, there is nothing to do: without a confirmation nothing changes.",
    ),
    button: localized("Apstiprināt pieteikumu", "Confirm the application"),
    greeting: GREETING,
    why: WHY,
  },
  again_confirmed: {
    subject: AGAIN_SUBJECT,
    body: localized(
      "Kāds vēlreiz iesniedza pieteikumu mentoru programmai ar šo e-pasta adresi. Ja to darījāt jūs: jūsu pieteikums jau ir apstiprināts, un jaunais netika saglabāts. Pieteikuma statuss: {standing} Ja vēlaties kaut ko mainīt, rakstiet koordinatoram. Ja to nedarījāt jūs, nekas nav jādara: ar šo veidlapu neviens nevar mainīt jūsu pieteikumu.",
      "Someone sent another application to the mentoring programme with this e-mail address. If it was you: your application is already confirmed, and the new one was not kept. Its status: {standing} To change something, write to the coordinator. If it was not you, there is nothing to do: nobody can change your application with this form.",
    ),
    greeting: GREETING,
    why: WHY,
  },
};

const STANDINGS: Record<ApplicationStanding, Localized> = {
  waiting: localized(
    "atbilst programmas nosacījumiem un gaida savietošanu pārī.",
    "it meets the programme's conditions and waits to be matched with a partner.",
  ),
  placed: localized(
    "tas jau ir iekļauts mentoringa sadarbībā.",
    "you are already part of a mentoring relationship.",
  ),
  ineligible: localized(
    "šobrīd neatbilst programmas nosacījumiem.",
    "it does not meet the programme's conditions at the moment.",
  ),
};

/** Every intake e-mail and every standing it can report (for tests that render them all). */
export const APPLICATION_MAIL_KINDS = Object.keys(TEMPLATES) as ApplicationMailKind[];
export const APPLICATION_STANDINGS = Object.keys(STANDINGS) as ApplicationStanding[];

/** The template of one intake e-mail, its date (Riga time) and status already in place. */
export function applicationMail(
  kind: ApplicationMailKind,
  values: { until?: Date; standing?: ApplicationStanding; by?: Date; reasons?: Localized } = {},
): MailTemplate {
  const template = TEMPLATES[kind];
  const fill = (language: Language) =>
    format(template.body[language], {
      until: values.until ? formatRigaInText(values.until, language) : "",
      by: values.by ? formatRigaDayUntil(values.by, language) : "",
      standing: values.reasons
        ? values.reasons[language]
        : values.standing
          ? STANDINGS[values.standing][language]
          : "",
    });
  return { ...template, body: { lv: fill("lv"), en: fill("en") } };
}
