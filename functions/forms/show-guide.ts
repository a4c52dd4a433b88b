import { z } from "zod";
import {
  GUIDE_NAMES,
  guideTitle,
  NO_SUCH_GUIDE_TITLE,
  renderGuide,
  renderNoSuchGuide,
} from "../../shared/forms/guide-pages.js";
import { type Deps, defaultDeps } from "../compose.js";
import { pageHandler } from "../http/page-handler.js";

const guideSchema = z.enum(GUIDE_NAMES);

/** GET /guide/{guide}: the first-meeting guides the welcome e-mail links to; reads nothing. */
export const createHandler = (deps: () => Deps) =>
  pageHandler(deps, "GET", async ({ language, path, page }) => {
    const guide = guideSchema.safeParse(path.guide);
    if (!guide.success)
      return page(404, { title: NO_SUCH_GUIDE_TITLE, content: renderNoSuchGuide(language) });
    return page(200, {
      title: guideTitle(guide.data),
      content: renderGuide(guide.data, language),
      otherLanguageHref: `/guide/${guide.data}?lang=${language === "lv" ? "en" : "lv"}`,
    });
  });

export const handler = createHandler(defaultDeps);
