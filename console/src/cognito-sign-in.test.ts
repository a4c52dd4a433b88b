import { describe, expect, it } from "vitest";
import { authorizeUrl, cognitoSignOutUrl, pkcePair } from "./cognito-sign-in";

const CONFIG = {
  signIn: "cognito" as const,
  clientId: "client123",
  authDomain: "https://mentoring.auth.eu-north-1.amazoncognito.com/",
  redirectUri: "https://d111.cloudfront.net/console/",
  scopes: ["openid", "email"],
};

describe("Cognito sign-in with PKCE", () => {
  it("derives the S256 challenge of RFC 7636's example", async () => {
    const random = new Uint8Array([
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
      105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]);
    expect(await pkcePair(random)).toEqual({
      verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
      challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    });
    const fresh = await pkcePair();
    expect(fresh.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("sends the browser to the pool's authorize endpoint with the code flow", () => {
    const url = new URL(authorizeUrl(CONFIG, "state-1", "challenge-1", "lv"));
    expect(`${url.origin}${url.pathname}`).toBe(
      "https://mentoring.auth.eu-north-1.amazoncognito.com/oauth2/authorize",
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "client123",
      redirect_uri: "https://d111.cloudfront.net/console/",
      scope: "openid email",
      state: "state-1",
      code_challenge_method: "S256",
      code_challenge: "challenge-1",
      lang: "lv",
    });
    expect(new URL(cognitoSignOutUrl(CONFIG)).searchParams.get("logout_uri")).toBe(
      "https://d111.cloudfront.net/console/",
    );
  });
});
