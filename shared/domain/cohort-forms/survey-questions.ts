import type { z } from "zod";
import type { Field } from "../../forms/form-definition.js";
import { area, type Texts } from "../../forms/form-fields.js";
import { localized } from "../../i18n/localized.js";
import { cohortAnswerShapes } from "../../schemas/cohort-answer.js";

/**
 * The programme survey's three questions, asked halfway and at the end of a round: how
 * satisfied the person is with the programme (1-10), how likely they are to recommend it
 * (0-10, the usual "would you recommend" scale), and one optional comment. The console
 * shows counts and means, never the comments.
 */
export const surveyAnswerSchema = (
  kind: "survey_halfway" | "survey_end",
): z.ZodType<z.infer<(typeof cohortAnswerShapes)["survey_halfway"]>, unknown> =>
  cohortAnswerShapes[kind].strict();

export const surveyFields = (t: Texts): Field[] => [
  {
    kind: "number",
    name: "satisfaction",
    label: t(
      "Cik lielā mērā jūs apmierina programma?",
      "How satisfied are you with the programme?",
    ),
    help: localized("No 1 (nemaz) līdz 10 (pilnībā).", "From 1 (not at all) to 10 (completely)."),
    required: true,
    min: 1,
    max: 10,
  },
  {
    kind: "number",
    name: "recommend",
    label: t(
      "Cik ticami ir, ka ieteiksiet programmu kolēģiem?",
      "How likely are you to recommend the programme to a colleague?",
    ),
    help: localized(
      "No 0 (nemaz ne ticami) līdz 10 (ļoti ticami).",
      "From 0 (not at all likely) to 10 (extremely likely).",
    ),
    required: true,
    min: 0,
    max: 10,
  },
  area(
    "comment",
    t(
      "Ko vēlaties pateikt programmas komandai?",
      "Anything you would like to tell the programme team?",
    ),
  ),
];
