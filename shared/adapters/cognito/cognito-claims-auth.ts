import { ForbiddenError, UnauthorizedError } from "../../domain/errors.js";
import type {
  Coordinator,
  CoordinatorAuth,
  CoordinatorCredentials,
} from "../../ports/coordinator-auth.js";

/** The Cognito group whose members may use the console API. */
export const COORDINATORS_GROUP = "coordinators";

/**
 * On AWS the HTTP API's JWT authorizer has already checked the Cognito token (signature,
 * issuer = the user pool, audience = the console's app client, expiry); this adapter only
 * reads the verified claims it passes on. No claims is a 401, a signed-in user outside the
 * `coordinators` group a 403. It must only be used behind that authorizer: the claims are
 * trusted as they come.
 */
export class CognitoClaimsAuth implements CoordinatorAuth {
  constructor(private readonly group = COORDINATORS_GROUP) {}

  async authenticate({ jwtClaims }: CoordinatorCredentials): Promise<Coordinator> {
    const subject = stringClaim(jwtClaims, "sub");
    if (!jwtClaims || !subject) throw new UnauthorizedError("a coordinator's sign-in is required");
    if (!groupsOf(jwtClaims).includes(this.group))
      throw new ForbiddenError("this account is not in the coordinators group");
    // Who took a decision is kept in the timeline: the e-mail (ID token) reads best, the
    // user name (access token) or the subject do when there is no e-mail claim.
    const coordinatorId =
      stringClaim(jwtClaims, "email") ??
      stringClaim(jwtClaims, "username") ??
      stringClaim(jwtClaims, "cognito:username") ??
      subject;
    return { coordinatorId };
  }
}

const stringClaim = (
  claims: Readonly<Record<string, unknown>> | undefined,
  name: string,
): string | undefined => {
  const value = claims?.[name];
  return typeof value === "string" && value !== "" ? value : undefined;
};

/**
 * The `cognito:groups` claim. A JWT carries it as an array, but the HTTP API's authorizer
 * flattens arrays to a string such as `[coordinators admins]`; both are read, as is a JSON
 * array in a string.
 */
export function groupsOf(claims: Readonly<Record<string, unknown>>): string[] {
  const value = claims["cognito:groups"];
  if (Array.isArray(value)) return value.filter((group) => typeof group === "string");
  if (typeof value !== "string") return [];
  const text = value.trim();
  if (text.startsWith('["')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((group) => typeof group === "string");
    } catch {
      // not JSON after all: read it as the flattened form below
    }
  }
  return text
    .replace(/^\[|\]$/g, "")
    .split(/[\s,]+/)
    .filter((group) => group !== "");
}
