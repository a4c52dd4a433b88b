import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { type Language, languageSchema } from "../../shared/i18n/localized.js";
import { header } from "./http-event.js";

/** `?lang=` wins, then the browser's first language we speak, then Latvian. */
export function pickLanguage(event: APIGatewayProxyEventV2, fallback: Language = "lv"): Language {
  const fromQuery = languageSchema.safeParse(event.queryStringParameters?.lang);
  if (fromQuery.success) return fromQuery.data;
  const accepted = (header(event, "accept-language") ?? "")
    .split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return (
    accepted.find((code): code is Language => languageSchema.safeParse(code).success) ?? fallback
  );
}
