/** Who is calling the console API; the port hides how (a local token, Secrets Manager, Cognito). */
export interface Coordinator {
  coordinatorId: string;
}

export interface CoordinatorAuth {
  /** The coordinator the bearer token belongs to, or undefined when it belongs to nobody. */
  verify(token: string): Promise<Coordinator | undefined>;
}
