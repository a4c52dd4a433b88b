/**
 * Sign-in on AWS: the Cognito user pool's hosted sign-in with the authorization code flow
 * and PKCE (the app has no secret). The deployment puts the pool's settings in
 * `/console/config.json`; locally there is no such file (the local server may answer with
 * the app's index.html), so anything that is not a valid Cognito config means "sign in
 * with the local token".
 */
export interface CognitoConfig {
  signIn: "cognito";
  clientId: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  authDomain: string;
  /** The console's own URL, registered as the app client's callback. */
  redirectUri: string;
  scopes: string[];
}

const PENDING_KEY = "console.cognito.pending";

function isCognitoConfig(value: unknown): value is CognitoConfig {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.signIn === "cognito" &&
    typeof v.clientId === "string" &&
    typeof v.authDomain === "string" &&
    /^https:\/\//.test(v.authDomain) &&
    typeof v.redirectUri === "string" &&
    Array.isArray(v.scopes) &&
    v.scopes.every((scope) => typeof scope === "string")
  );
}

/** The Cognito settings, or null where the console signs in with the local token. */
export async function loadSignInConfig(base = "/console/"): Promise<CognitoConfig | null> {
  try {
    const response = await fetch(`${base}config.json`, { headers: { accept: "application/json" } });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isCognitoConfig(body) ? body : null;
  } catch {
    return null;
  }
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/** A PKCE verifier (43 characters from 32 random bytes) and its S256 challenge. */
export async function pkcePair(random = crypto.getRandomValues(new Uint8Array(32))) {
  const verifier = base64url(random);
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)),
  );
  return { verifier, challenge: base64url(digest) };
}

export function authorizeUrl(
  config: CognitoConfig,
  state: string,
  challenge: string,
  language: string,
): string {
  const query = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scopes.join(" "),
    state,
    code_challenge_method: "S256",
    code_challenge: challenge,
    lang: language === "lv" ? "lv" : "en",
  });
  return `${config.authDomain.replace(/\/$/, "")}/oauth2/authorize?${query}`;
}

/** Leaves for the hosted sign-in; the pool sends the browser back with `?code=&state=`. */
export async function startCognitoSignIn(config: CognitoConfig, language: string): Promise<void> {
  const { verifier, challenge } = await pkcePair();
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, verifier }));
  window.location.assign(authorizeUrl(config, state, challenge, language));
}

/**
 * Back from the hosted sign-in: exchanges the code for tokens and returns the access token
 * (the HTTP API's JWT authorizer checks its client id; the handlers its `coordinators`
 * group). Null when this page load is not a sign-in callback; throws when it is one that
 * failed (wrong state, refused code).
 */
export async function finishCognitoSignIn(config: CognitoConfig): Promise<string | null> {
  const url = new URL(window.location.href);
  const code = url.searchParams.get("code");
  const error = url.searchParams.get("error");
  if (!code && !error) return null;
  // Whatever happens, the code is not left in the address bar or the history.
  url.searchParams.delete("code");
  url.searchParams.delete("state");
  url.searchParams.delete("error");
  url.searchParams.delete("error_description");
  const returnedState = new URL(window.location.href).searchParams.get("state");
  window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
  const pending = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (error) throw new Error(error);
  const saved = pending ? (JSON.parse(pending) as { state?: string; verifier?: string }) : {};
  if (!saved.verifier || saved.state !== returnedState)
    throw new Error("the sign-in answer does not belong to this browser tab");
  const response = await fetch(`${config.authDomain.replace(/\/$/, "")}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: config.clientId,
      code: code ?? "",
      redirect_uri: config.redirectUri,
      code_verifier: saved.verifier,
    }),
  });
  if (!response.ok) throw new Error(`the sign-in was refused (${response.status})`);
  const tokens = (await response.json()) as { access_token?: string };
  if (!tokens.access_token) throw new Error("the sign-in gave no access token");
  return tokens.access_token;
}

/** Where signing out ends the hosted session too. */
export function cognitoSignOutUrl(config: CognitoConfig): string {
  const query = new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri });
  return `${config.authDomain.replace(/\/$/, "")}/logout?${query}`;
}
