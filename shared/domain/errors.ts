/**
 * Domain errors. Each is a named subclass so one mapping (functions/http/map-error.ts)
 * turns it into an HTTP answer or a workflow error name; nothing else inspects messages.
 */
export interface IssueDetail {
  path: string;
  message: string;
  /** Machine-readable reason for the issue, for clients and for localisation. */
  code: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly code = "invalid_request";
  constructor(readonly issues: IssueDetail[]) {
    super(`invalid request: ${issues.map((issue) => issue.path || "(body)").join(", ")}`);
  }
}

export class MalformedBodyError extends DomainError {
  readonly code = "malformed_body";
}

export class PayloadTooLargeError extends DomainError {
  readonly code = "payload_too_large";
  constructor(readonly limitBytes: number) {
    super(`the request body is larger than ${limitBytes} bytes`);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = "unsupported_media_type";
  constructor(readonly expected: readonly string[]) {
    super(`the request body must be ${expected.join(" or ")}`);
  }
}

export class DuplicateApplicationError extends DomainError {
  readonly code = "already_applied";
  constructor() {
    super("an application with this e-mail address already exists");
  }
}

export class NotFoundError extends DomainError {
  readonly code = "not_found";
}

/** No credentials: the caller must sign in. */
export class UnauthorizedError extends DomainError {
  readonly code = "unauthorized";
}

/** Credentials that do not belong to a coordinator. */
export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
}

/** The request is valid but the state of the data does not allow it (e.g. already approved). */
export class ConflictError extends DomainError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A client or an address has spent its request budget; it may try again after a while. */
export class TooManyRequestsError extends DomainError {
  readonly code = "too_many_requests";
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests; try again in ${retryAfterSeconds} seconds`);
  }
}
