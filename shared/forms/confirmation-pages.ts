import { type Language, type Localized, localized } from "../i18n/localized.js";
import { formatRigaInText } from "../schemas/form-answers.js";
import { applyHref } from "./application-pages.js";
import { escapeHtml as e } from "./render-page.js";

/** The pages of `/confirm/{token}`, the link of the confirmation e-mail. */
export type ConfirmationProblem = "unknown" | "expired" | "confirmed";

const T = {
  title: localized("Apstipriniet pieteikumu", "Confirm your application"),
  intro: localized(
    "Nospiediet pogu, lai apstiprinātu savu pieteikumu mentoru programmai. Tikai apstiprinātus pieteikumus izskata un iekļauj savietošanā.",
    "Press the button to confirm your application to the mentoring programme. Only confirmed applications are considered and matched.",
  ),
  until: localized("Saites derīguma termiņš beidzas {until}.", "The link is valid until {until}."),
  notYou: localized(
    "Ja pieteikumu neiesniedzāt jūs vai vēlaties to iesniegt no jauna ar citām atbildēm, neapstipriniet to: neapstiprināts pieteikums tiks dzēsts, un adresi varēs izmantot no jauna.",
    "If you did not apply, or want to apply again with other answers, do not confirm: an unconfirmed application is deleted and the address can be used again.",
  ),
  button: localized("Apstiprināt pieteikumu", "Confirm the application"),
  confirmed: localized(
    "Pieteikums ir apstiprināts. Apstiprinājumu ar to, ko saņēmām, nosūtījām uz jūsu e-pastu.",
    "Your application is confirmed. We have sent a receipt with what we received to your e-mail.",
  ),
  applyAgain: localized("Pieteikties no jauna", "Apply again"),
};

const PROBLEMS: Record<ConfirmationProblem, { title: Localized; text: Localized }> = {
  unknown: {
    title: localized("Saite nav derīga", "This link is not valid"),
    text: localized(
      "Šo apstiprinājuma saiti nevaram atpazīt: iespējams, tā nav nokopēta pilnībā, vai pieteikums vairs nepastāv. Atveriet saiti no e-pasta vēlreiz vai piesakieties no jauna.",
      "We cannot recognise this confirmation link: it may not have been copied completely, or the application no longer exists. Open the link from the e-mail again, or apply again.",
    ),
  },
  expired: {
    title: localized(
      "Apstiprinājuma saites derīguma termiņš ir beidzies",
      "This confirmation link has expired",
    ),
    text: localized(
      "Pieteikums netika apstiprināts laikā, tāpēc tas netiks izskatīts un tiks dzēsts. Ja vēlaties piedalīties, piesakieties no jauna ar to pašu e-pasta adresi.",
      "The application was not confirmed in time, so it will not be considered and will be deleted. If you want to take part, apply again with the same e-mail address.",
    ),
  },
  confirmed: {
    title: localized("Pieteikums jau ir apstiprināts", "Your application is already confirmed"),
    text: localized(
      "Šis pieteikums jau ir apstiprināts, un nekas vairs nav jādara. Par nākamajiem soļiem saņemsiet e-pastu. Ja vēlaties kaut ko mainīt, rakstiet koordinatoram.",
      "This application has already been confirmed; there is nothing more to do. You will get an e-mail about the next steps. To change something, write to the coordinator.",
    ),
  },
};

export const CONFIRM_TITLE = T.title;
export const confirmationProblemTitle = (problem: ConfirmationProblem) => PROBLEMS[problem].title;

/** A confirmation link's own address, with the language its page is in. */
export const confirmHref = (token: string, language: Language) =>
  `/confirm/${encodeURIComponent(token)}?lang=${language}`;

/** The GET page: a button that posts; opening the link alone changes nothing. */
export function renderConfirmForm(token: string, confirmBy: string, language: Language): string {
  const until = T.until[language].replace(
    "{until}",
    formatRigaInText(new Date(confirmBy), language),
  );
  return `<h1>${T.title[language]}</h1>
<p>${e(T.intro[language])}</p>
<p>${e(until)}</p>
<form method="post" action="${e(confirmHref(token, language))}">
<input type="hidden" name="confirm" value="yes">
<button type="submit">${T.button[language]}</button>
</form>
<p>${e(T.notYou[language])}</p>`;
}

/** The first line of the page after confirming, above the eligibility outcome. */
export const renderConfirmed = (language: Language) => `<p>${e(T.confirmed[language])}</p>`;

export function renderConfirmationProblem(problem: ConfirmationProblem, language: Language) {
  const again =
    problem === "confirmed"
      ? ""
      : `<p><a href="${e(applyHref(language))}">${T.applyAgain[language]}</a></p>`;
  return `<h1>${PROBLEMS[problem].title[language]}</h1><p>${e(PROBLEMS[problem].text[language])}</p>${again}`;
}
