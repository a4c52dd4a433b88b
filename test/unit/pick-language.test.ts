import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { pickLanguage } from "../../functions/http/pick-language.js";

const event = (
  query: Record<string, string> | undefined,
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 =>
  ({
    version: "2.0",
    routeKey: "GET /apply",
    rawPath: "/apply",
    rawQueryString: new URLSearchParams(query).toString(),
    headers,
    isBase64Encoded: false,
    ...(query ? { queryStringParameters: query } : {}),
  }) as APIGatewayProxyEventV2;

describe("pickLanguage", () => {
  it("?lang= wins over the browser's languages", () => {
    expect(pickLanguage(event({ lang: "en" }, { "accept-language": "lv" }))).toBe("en");
    expect(pickLanguage(event({ lang: "lv" }, { "Accept-Language": "en-GB,en;q=0.9" }))).toBe("lv");
  });

  it("an unsupported ?lang= falls back to the browser's languages", () => {
    expect(pickLanguage(event({ lang: "de" }, { "accept-language": "en-US" }))).toBe("en");
  });

  it("takes the first browser language the programme speaks", () => {
    expect(pickLanguage(event(undefined, { "accept-language": "de-DE, en;q=0.8, lv;q=0.5" }))).toBe(
      "en",
    );
    expect(pickLanguage(event(undefined, { "accept-language": "ru, LV-lv;q=0.9" }))).toBe("lv");
  });

  it("falls back to Latvian, or to the given fallback", () => {
    expect(pickLanguage(event(undefined))).toBe("lv");
    expect(pickLanguage(event(undefined, { "accept-language": "de, fr" }))).toBe("lv");
    expect(pickLanguage(event(undefined, { "accept-language": "de" }), "en")).toBe("en");
  });
});
