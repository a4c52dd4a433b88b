import middy from "@middy/core";
import { z } from "zod";
import { GUIDE_NAMES, guideTitle, renderGuide } from "../../shared/forms/guide-pages.js";
import { renderPage } from "../../shared/forms/render-page.js";
import { localized } from "../../shared/i18n/localized.js";
import { type Deps, defaultDeps } from "../compose.js";
import { handleErrors } from "../http/handle-errors.js";
import { type HttpEvent, type HttpResult, html } from "../http/http-event.js";
import { pickLanguage } from "../http/pick-language.js";
import { renderProblemPage } from "../http/render-problem-page.js";

const guideSchema = z.enum(GUIDE_NAMES);

const NOT_FOUND = localized("Šāda ceļveža nav", "There is no such guide");

/** GET /guide/{guide}: the first-meeting guides the welcome e-mail links to; reads nothing. */
export const createHandler = (deps: () => Deps) =>
  middy<HttpEvent, HttpResult>()
    .use(handleErrors((problem, event) => renderProblemPage(problem, event, deps)))
    .handler(async (event) => {
      const language = pickLanguage(event);
      const other = language === "lv" ? "en" : "lv";
      const { contactEmail } = deps().config;
      const guide = guideSchema.safeParse(event.pathParameters?.guide);
      if (!guide.success) {
        const links = GUIDE_NAMES.map(
          (name) =>
            `<li><a href="/guide/${name}?lang=${language}">${guideTitle(name)[language]}</a></li>`,
        ).join("");
        return html(
          404,
          renderPage({
            language,
            title: NOT_FOUND,
            content: `<h1>${NOT_FOUND[language]}</h1><ul>${links}</ul>`,
            contactEmail,
          }),
        );
      }
      return html(
        200,
        renderPage({
          language,
          title: guideTitle(guide.data),
          content: renderGuide(guide.data, language),
          otherLanguageHref: `/guide/${guide.data}?lang=${other}`,
          contactEmail,
        }),
      );
    });

export const handler = createHandler(defaultDeps);
