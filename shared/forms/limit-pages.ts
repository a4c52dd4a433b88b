import { format, type Language, localized } from "../i18n/localized.js";
import { escapeHtml as e } from "./render-page.js";

/** The page of a refused request (429): what happened, that nothing was kept, when to retry. */
export const TOO_MANY_REQUESTS_TITLE = localized("Pārāk daudz pieprasījumu", "Too many requests");

const T = {
  what: localized(
    "Šobrīd esam saņēmuši pārāk daudz iesniegumu no jūsu tīkla adreses vai par šo pašu e-pasta adresi. Šis ierobežojums sargā programmu no ļaunprātīgas izmantošanas.",
    "We have received too many submissions from your network address, or about the same e-mail address, for now. This limit protects the programme from misuse.",
  ),
  nothingKept: localized("Jūsu iesniegums netika saglabāts.", "Your submission was not saved."),
  retry: localized(
    "Lūdzu, mēģiniet vēlreiz aptuveni pēc {minutes} min.",
    "Please try again in about {minutes} min.",
  ),
  many: localized(
    "Ja jūsu iestādē vienlaikus piesakās daudzi kolēģi, rakstiet koordinatoram, un mēs palīdzēsim.",
    "If many colleagues at your institution apply at the same time, write to the coordinator and we will help.",
  ),
};

/** The page's content; `retryAfterSeconds` comes from the Retry-After header it is sent with. */
export function renderTooManyRequests(language: Language, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return [
    `<h1>${e(TOO_MANY_REQUESTS_TITLE[language])}</h1>`,
    `<p role="alert">${e(T.what[language])} ${e(T.nothingKept[language])}</p>`,
    `<p>${e(format(T.retry[language], { minutes }))}</p>`,
    `<p>${e(T.many[language])}</p>`,
  ].join("");
}
