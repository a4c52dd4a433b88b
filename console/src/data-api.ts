/**
 * The console API of the programme figures, the GDPR export and erasure, link requests and
 * resending a form. Kept beside api.ts (same token, same errors) with the issues of a 400 and
 * file downloads: the routes need the bearer header, so a file is fetched and handed to the
 * browser as a Blob.
 */
import type { IssueDetail } from "@shared/domain/errors.js";
import type { resendForm } from "@shared/domain/workflow/resend-form.js";
import type { Erasure as ErasureRecord } from "@shared/schemas/erasure.js";
import type { FigureTableName, ProgrammeFigures } from "@shared/schemas/figures.js";
import type { LinkRequest } from "@shared/schemas/link-request.js";
import { ApiError, api, send } from "./api";

export type {
  FigureCell,
  FigureTable,
  FigureTableName,
  ProgrammeFigures,
} from "@shared/schemas/figures.js";

/** A link request with who asked, where the link said (GET /api/console/link-requests). */
export type LinkRequestItem = LinkRequest & { participantName?: string; participantEmail?: string };

/** The erasure record with whether it was done before (POST .../erase). */
export type Erasure = ErasureRecord & { alreadyErased: boolean };

/** POST /api/console/forms/{formId}/resend. */
export type ResendResult = Awaited<ReturnType<typeof resendForm>>;

/** An API error with the field issues of a 400. */
export class DataApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly issues: IssueDetail[],
  ) {
    super(status, code, message);
  }
}

async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
  const response = await send(method, path, { body });
  if (response.ok) return response;
  let problem: { error?: string; message?: string; issues?: IssueDetail[] } = {};
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
export async function download(path: string, fallbackName: string): Promise<string> {
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
  /** The whole programme's figures, or one cohort's. */
  figures: (cohort?: string) =>
    json<ProgrammeFigures>("GET", `/api/console/figures${cohort ? `?cohort=${id(cohort)}` : ""}`),
  downloadFiguresCsv: (table: FigureTableName, language: "lv" | "en", cohort?: string) =>
    download(
      `/api/console/figures/${table}.csv?lang=${language}${cohort ? `&cohort=${id(cohort)}` : ""}`,
      `programme-figures-${table}-${language}.csv`,
    ),
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
