/** Who is calling the console API; the port hides how (a local token or Cognito sign-in). */
export interface Coordinator {
  coordinatorId: string;
}

/** What a console request carries that can say who is calling. */
export interface CoordinatorCredentials {
  /** The token of an `Authorization: Bearer` header (the local runtime, tests). */
  bearerToken?: string;
  /**
   * The claims of a JWT that the HTTP API's authorizer has already verified (Cognito on
   * AWS); API Gateway puts them in `requestContext.authorizer.jwt.claims`.
   */
  jwtClaims?: Readonly<Record<string, unknown>>;
}

export interface CoordinatorAuth {
  /**
   * The coordinator the credentials belong to. Throws UnauthorizedError (401) when they
   * name nobody, ForbiddenError (403) when they name someone who is not a coordinator.
   */
  authenticate(credentials: CoordinatorCredentials): Promise<Coordinator>;
}
