import { z } from "zod";
import { figureTableCsv } from "../../shared/domain/console/figures-csv.js";
import { loadProgrammeFigures } from "../../shared/domain/console/load-figures.js";
import { figuresQuerySchema, figureTableNameSchema } from "../../shared/schemas/figures.js";
import { type Deps, defaultDeps } from "../compose.js";
import type { HttpResult } from "../http/http-event.js";
import { parseInput } from "../http/parse-input.js";
import { pickLanguage } from "../http/pick-language.js";
import { consoleHandler } from "./console-handler.js";

const pathSchema = z.object({
  table: z
    .string()
    .transform((file) => file.replace(/\.csv$/, ""))
    .pipe(figureTableNameSchema),
});

/**
 * GET /api/console/figures/{table}.csv[?lang=lv|en]: one table of figures as a CSV file for
 * a spreadsheet in that language (Latvian: Latvian headers, semicolons, decimal commas).
 */
export const createHandler = (deps: () => Deps) =>
  consoleHandler(deps, undefined, async (event): Promise<HttpResult> => {
    const { table: name } = parseInput(pathSchema, event.pathParameters ?? {}, "en");
    const { cohort } = parseInput(figuresQuerySchema, event.queryStringParameters ?? {}, "en");
    const figures = await loadProgrammeFigures(deps(), cohort);
    const table = figures.tables.find((candidate) => candidate.name === name);
    const language = pickLanguage(event, "en");
    if (!table) throw new Error(`the figures have no table ${name}`);
    return {
      statusCode: 200,
      headers: {
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="programme-figures-${name}-${language}.csv"`,
      },
      body: figureTableCsv(table, language),
    };
  });

export const handler = createHandler(defaultDeps);
