import { type Language, type Localized, localized } from "../i18n/localized.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Every value that reaches HTML goes through here. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export const PROGRAMME_NAME = localized(
  "Publiskās pārvaldes digitālās akadēmijas mentoru programma",
  "Mentoring Programme of the Public Administration Digital Academy",
);

const T = {
  skip: localized("Pāriet uz saturu", "Skip to content"),
  otherLanguage: localized("English", "Latviski"),
  contact: localized(
    "Jautājumi? Rakstiet programmas koordinatoram:",
    "Questions? Write to the programme coordinator:",
  ),
};

export interface PageOptions {
  language: Language;
  title: Localized;
  /** The body inside <main>. */
  content: string;
  /** Link to the same page in the other language, when there is one. */
  otherLanguageHref?: string;
  contactEmail: string;
}

const STYLE = `
:root{color-scheme:light;--ink:#1b1b1f;--muted:#4a4a55;--accent:#7a1f2b;--error:#b00020;--line:#c8c8d0;--bg:#fafafa}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header{background:var(--accent);color:#fff;padding:1rem}
header .bar{max-width:48rem;margin:0 auto;display:flex;justify-content:space-between;gap:1rem;align-items:center}
header a{color:#fff}
.programme{font-weight:600}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:0 0 .5rem}
fieldset{border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 1.5rem;background:#fff}
fieldset fieldset{border:0;padding:0;margin:.25rem 0 .75rem;background:none}
legend{font-weight:600;padding:0 .25rem}
.field{margin:0 0 1.25rem}
label,.label{display:block;font-weight:600;margin-bottom:.25rem}
.option label,.grid label{display:inline;font-weight:400}
.option{margin:.25rem 0}
.hint{color:var(--muted);margin:.125rem 0 .375rem;font-size:.95rem}
.error-message{color:var(--error);font-weight:600;margin:.25rem 0}
.invalid input:not([type=checkbox]):not([type=radio]),.invalid textarea,.invalid select{border-color:var(--error);border-width:2px}
input[type=text],input[type=email],input[type=number],input[type=datetime-local],textarea,select{width:100%;font:inherit;padding:.5rem;border:1px solid #767680;border-radius:.25rem;background:#fff;color:var(--ink)}
input[type=number]{max-width:8rem}
input[type=checkbox],input[type=radio]{width:1.25rem;height:1.25rem;vertical-align:-.2rem;margin-right:.4rem}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.summary{border:3px solid var(--error);padding:1rem 1.25rem;margin:0 0 1.5rem;background:#fff}
.summary a{color:var(--error)}
.consent-text{background:#f1f1f4;padding:.75rem;border-radius:.25rem}
button{font:inherit;font-weight:600;background:var(--accent);color:#fff;border:0;border-radius:.375rem;padding:.75rem 1.5rem;cursor:pointer}
.choices{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.choice{display:block;border:2px solid var(--accent);border-radius:.5rem;padding:1rem;background:#fff;color:var(--ink);text-decoration:none}
.choice strong{display:block;color:var(--accent);font-size:1.125rem}
.profile{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1.25rem;margin:0 0 1rem;background:#fff}
.profile dl{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:.25rem 1rem;margin:0}
.profile dt{font-weight:600}
.profile dd{margin:0}
.grid-row{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;align-items:center}
.grid-row legend{min-width:8rem;font-weight:400}
footer{max-width:48rem;margin:0 auto;padding:0 1rem 2rem;color:var(--muted)}
`;

/** The frame of every participant page: language, skip link, programme name, contact. */
export function renderPage(options: PageOptions): string {
  const { language } = options;
  const switcher = options.otherLanguageHref
    ? `<a href="${escapeHtml(options.otherLanguageHref)}" lang="${language === "lv" ? "en" : "lv"}" hreflang="${language === "lv" ? "en" : "lv"}">${T.otherLanguage[language]}</a>`
    : "";
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title[language])} – ${escapeHtml(PROGRAMME_NAME[language])}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${T.skip[language]}</a>
<header><div class="bar"><span class="programme">${escapeHtml(PROGRAMME_NAME[language])}</span>${switcher}</div></header>
<main id="main">
${options.content}
</main>
<footer><p>${T.contact[language]} <a href="mailto:${escapeHtml(options.contactEmail)}">${escapeHtml(options.contactEmail)}</a></p></footer>
</body>
</html>`;
}
