import {
  ConflictError,
  DomainError,
  DuplicateApplicationError,
  ForbiddenError,
  type IssueDetail,
  MalformedBodyError,
  NotFoundError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from "../../shared/domain/errors.js";

/** The JSON error body of the HTTP contract. */
export interface ProblemBody {
  error: string;
  message: string;
  issues: IssueDetail[];
}
export interface Problem {
  status: number;
  body: ProblemBody;
  /** Headers the answer must carry whatever its format (a 429's Retry-After). */
  headers?: Record<string, string>;
}

/** The one place where domain errors become HTTP statuses. */
const STATUS: ReadonlyArray<[new (...args: never[]) => DomainError, number]> = [
  [ValidationError, 400],
  [MalformedBodyError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [ConflictError, 409],
  [NotFoundError, 404],
  [DuplicateApplicationError, 409],
  [PayloadTooLargeError, 413],
  [UnsupportedMediaTypeError, 415],
  [TooManyRequestsError, 429],
];

export function mapError(error: unknown): Problem {
  if (error instanceof DomainError) {
    const status = STATUS.find(([type]) => error instanceof type)?.[1] ?? 400;
    const issues = error instanceof ValidationError ? error.issues : [];
    const problem: Problem = {
      status,
      body: { error: error.code, message: error.message, issues },
    };
    if (error instanceof TooManyRequestsError)
      problem.headers = { "retry-after": String(error.retryAfterSeconds) };
    return problem;
  }
  return {
    status: 500,
    body: { error: "internal_error", message: "Something went wrong on our side.", issues: [] },
  };
}
