import { describe, expect, it } from "vitest";
import type { HttpEvent } from "../../functions/http/http-event.js";
import { mapError } from "../../functions/http/map-error.js";
import { credentialsOf, requireCoordinator } from "../../functions/http/require-coordinator.js";
import { CognitoClaimsAuth, groupsOf } from "../../shared/adapters/cognito/cognito-claims-auth.js";
import { StaticTokenAuth } from "../../shared/adapters/memory/static-token-auth.js";
import type {
  CoordinatorAuth,
  CoordinatorCredentials,
} from "../../shared/ports/coordinator-auth.js";

/** The HTTP status the credentials get (the error mapped in map-error), or the coordinator. */
async function answer(auth: CoordinatorAuth, credentials: CoordinatorCredentials) {
  try {
    return await auth.authenticate(credentials);
  } catch (error) {
    return mapError(error).status;
  }
}

const SUB = "5f1c2b9e-8a51-4a7e-9b11-0d1c0e3a9f42";

describe("Cognito claims (behind the HTTP API's JWT authorizer)", () => {
  const auth = new CognitoClaimsAuth();

  it("answers 401 without claims", async () => {
    expect(await answer(auth, {})).toBe(401);
    // A bearer token alone proves nothing here: API Gateway has not verified it.
    expect(await answer(auth, { bearerToken: "anything" })).toBe(401);
    expect(await answer(auth, { jwtClaims: {} })).toBe(401);
    expect(await answer(auth, { jwtClaims: { "cognito:groups": ["coordinators"] } })).toBe(401);
  });

  it("answers 403 to a signed-in user outside the coordinators group", async () => {
    expect(await answer(auth, { jwtClaims: { sub: SUB } })).toBe(403);
    expect(await answer(auth, { jwtClaims: { sub: SUB, "cognito:groups": [] } })).toBe(403);
    expect(await answer(auth, { jwtClaims: { sub: SUB, "cognito:groups": ["mentors"] } })).toBe(
      403,
    );
    expect(await answer(auth, { jwtClaims: { sub: SUB, "cognito:groups": "[admins]" } })).toBe(403);
    // A group whose name only contains the word is not the group.
    expect(
      await answer(auth, { jwtClaims: { sub: SUB, "cognito:groups": "[coordinators-old]" } }),
    ).toBe(403);
  });

  it("lets a member of the coordinators group in, named by e-mail, else user name, else subject", async () => {
    expect(
      await answer(auth, {
        jwtClaims: { sub: SUB, email: "anna@vk.gov.lv", "cognito:groups": ["coordinators"] },
      }),
    ).toEqual({ coordinatorId: "anna@vk.gov.lv" });
    expect(
      await answer(auth, {
        jwtClaims: { sub: SUB, username: SUB, "cognito:groups": "[admins coordinators]" },
      }),
    ).toEqual({ coordinatorId: SUB });
    expect(
      await answer(auth, { jwtClaims: { sub: SUB, "cognito:groups": "coordinators" } }),
    ).toEqual({ coordinatorId: SUB });
  });

  it("reads the groups claim as an array, as API Gateway's flattened string, or as a JSON string", () => {
    expect(groupsOf({ "cognito:groups": ["a", "coordinators"] })).toEqual(["a", "coordinators"]);
    expect(groupsOf({ "cognito:groups": "[a coordinators]" })).toEqual(["a", "coordinators"]);
    expect(groupsOf({ "cognito:groups": '["a","coordinators"]' })).toEqual(["a", "coordinators"]);
    expect(groupsOf({ "cognito:groups": "a,coordinators" })).toEqual(["a", "coordinators"]);
    expect(groupsOf({ "cognito:groups": 7 })).toEqual([]);
    expect(groupsOf({})).toEqual([]);
  });
});

describe("the local bearer token", () => {
  it("answers 401 without a token, 403 with another, and lets the right one in", async () => {
    const auth = new StaticTokenAuth("s3cret-token");
    expect(await answer(auth, {})).toBe(401);
    expect(await answer(auth, { bearerToken: "wrong" })).toBe(403);
    expect(await answer(auth, { bearerToken: "s3cret-token" })).toEqual({
      coordinatorId: "coordinator",
    });
    // Claims do not stand in for the token locally.
    expect(
      await answer(auth, { jwtClaims: { sub: SUB, "cognito:groups": ["coordinators"] } }),
    ).toBe(401);
  });

  it("with no token configured lets nobody in", async () => {
    const auth = new StaticTokenAuth(undefined);
    expect(await answer(auth, {})).toBe(401);
    expect(await answer(auth, { bearerToken: "anything" })).toBe(403);
  });
});

describe("the console middleware", () => {
  const event = (headers: Record<string, string>, claims?: Record<string, unknown>) =>
    ({
      headers,
      requestContext: claims ? { authorizer: { jwt: { claims, scopes: null } } } : {},
    }) as unknown as HttpEvent;

  it("passes the bearer token and the authorizer's claims to the port", () => {
    expect(credentialsOf(event({}))).toEqual({});
    expect(credentialsOf(event({ Authorization: "Bearer abc" }))).toEqual({ bearerToken: "abc" });
    expect(credentialsOf(event({ authorization: "Basic abc" }))).toEqual({});
    expect(credentialsOf(event({ authorization: "Bearer jwt" }, { sub: SUB }))).toEqual({
      bearerToken: "jwt",
      jwtClaims: { sub: SUB },
    });
  });

  it("sets the coordinator on the event, or lets the port's error through to map-error", async () => {
    const middleware = requireCoordinator(() => new CognitoClaimsAuth());
    const allowed = event({}, { sub: SUB, "cognito:groups": "[coordinators]" }) as HttpEvent & {
      coordinator?: unknown;
    };
    await middleware.before?.({ event: allowed } as never);
    expect(allowed.coordinator).toEqual({ coordinatorId: SUB });
    const refused = event({}, { sub: SUB, "cognito:groups": "[mentors]" });
    const error = await Promise.resolve(middleware.before?.({ event: refused } as never)).catch(
      (caught: unknown) => caught,
    );
    expect(mapError(error).status).toBe(403);
  });
});
