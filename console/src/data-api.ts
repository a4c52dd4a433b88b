/**
 * The console API of the programme figures, the GDPR export and erasure, link requests and
 * resending a form. Kept beside api.ts (same token, same errors) with the issues of a 400 and
 * file downloads: the routes need the bearer header, so a file is fetched and handed to the
 * browser as a Blob.
 */
import { ApiError, api, getToken } from "./api";

export interface FigureCell {
  value: number | null;
  hidden: boolean;
}

export type FigureTableName =
  | "by-format"
  | "by-institution-type"
  | "by-role-category"
  | "ratings-by-month"
  | "escalations-by-reason"
  | "relationships-by-phase-and-health";

export interface FigureTable {
  name: FigureTableName;
  title: { lv: string; en: string };
  /** Columns that say what a row is (codes and their `_lv`/`_en` labels). */
  keys: string[];
  /** Columns of figures. */
  figures: string[];
  rows: Record<string, string | FigureCell>[];
}

export interface ProgrammeFigures {
  generatedAt: string;
  minimumGroup: number;
  rule: string;
  tables: FigureTable[];
}

export type LinkProblem = "unknown" | "expired" | "answered" | "closed";

export interface LinkRequestItem {
  requestId: string;
  problem: LinkProblem;
  status: "open" | "handled";
  requestedAt: string;
  formId?: string;
  kind?: string;
  relationshipId?: string;
  participantId?: string;
  participantName?: string;
  participantEmail?: string;
  email?: string;
  note?: string;
}

export interface Erasure {
  pseudonym: string;
  role: "mentee" | "mentor";
  status: string;
  erasedAt: string;
  erasedBy: string;
  relationships: number;
  certificatesRevoked: number;
  alreadyErased: boolean;
}

export interface ResendResult {
  formId: string;
  kind: string;
  relationshipId: string;
  participantId: string;
  resend: number;
  extended: boolean;
  expiresAt: string;
  linkRequestHandled: boolean;
}

export interface Issue {
  path: string;
  message: string;
  code: string;
}

/** An API error with the field issues of a 400. */
export class DataApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly issues: Issue[],
  ) {
    super(status, code, message);
  }
}

async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return response;
  let problem: { error?: string; message?: string; issues?: Issue[] } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // Not JSON: the status says it.
  }
  if (response.status === 401 || response.status === 403) {
    // api.ts ends the session (and tells the app) when the API refuses the token.
    await api.participants().catch(() => undefined);
  }
  throw new DataApiError(
    response.status,
    problem.error ?? "http_error",
    problem.message ?? `${response.status} ${response.statusText}`,
    problem.issues ?? [],
  );
}

async function json<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  return (await (await call(method, path, body)).json()) as T;
}

/** Fetches a file with the token and lets the browser save it under the server's name. */
async function download(path: string, fallbackName: string): Promise<string> {
  const response = await call("GET", path);
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = "none";
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

const id = encodeURIComponent;

export const dataApi = {
  figures: () => json<ProgrammeFigures>("GET", "/api/console/figures"),
  downloadFiguresCsv: (table: FigureTableName) =>
    download(`/api/console/figures/${table}.csv`, `programme-figures-${table}.csv`),
  exportParticipant: (participantId: string) =>
    download(
      `/api/console/participants/${id(participantId)}/export`,
      `participant-${participantId}.json`,
    ),
  eraseParticipant: (participantId: string, confirm: string) =>
    json<Erasure>("POST", `/api/console/participants/${id(participantId)}/erase`, { confirm }),
  linkRequests: (status: "open" | "handled") =>
    json<{ items: LinkRequestItem[] }>("GET", `/api/console/link-requests?status=${status}`),
  resendForm: (formId: string) =>
    json<ResendResult>("POST", `/api/console/forms/${id(formId)}/resend`, {}),
};
