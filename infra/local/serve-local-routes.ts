import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { LocalClock } from "../../shared/adapters/local/local-clock.js";
import { StaticTokenAuth } from "../../shared/adapters/memory/static-token-auth.js";
import { lambdaContext } from "./lambda-context.js";
import { listLocalMail } from "./start-ses-local.js";

const clockChange = z.union([
  z.strictObject({
    advance: z
      .string()
      .regex(/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/)
      .refine((v) => v !== "P" && v !== "PT"),
  }),
  z.strictObject({ speed: z.number().min(0).max(10_000_000) }),
]);

/** ISO 8601 durations of days, hours, minutes, seconds: "P7D", "PT12H", "P1DT2H". */
export function durationMs(iso: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!match) throw new Error(`not a duration: ${iso}`);
  const [, d = "0", h = "0", m = "0", s = "0"] = match;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000;
}

const send = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(body));
};

/**
 * `POST /local/ses-events`: an SES bounce or complaint as EventBridge delivers it, run by
 * the same handler module as the Lambda behind the EventBridge rule. 200 with what it did,
 * 400 with the field paths when the event is not one SES sends.
 */
async function injectSesEvent(response: ServerResponse, body: Buffer) {
  let event: unknown;
  try {
    event = JSON.parse(body.toString("utf8"));
  } catch {
    send(response, 400, {
      error: "malformed_body",
      message: "send an EventBridge SES event as JSON",
      issues: [],
    });
    return;
  }
  const { handler } = await import("../../functions/events/handle-mail-event.js");
  const result = await handler(event, lambdaContext("HandleMailEvent"));
  if (result.status === "dropped") {
    send(response, 400, {
      error: "invalid_request",
      message: result.message,
      issues: result.issues,
    });
    return;
  }
  send(response, 200, result);
}

/** The names a page on this machine reaches the local server by. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The host name of a Host header, without its port ("[::1]:3000" -> "[::1]"). */
export const hostName = (host: string | undefined) =>
  (host ?? "").toLowerCase().replace(/:\d+$/, "");

/**
 * Why a request may not use the local routes, or undefined when it may. They read every
 * e-mail (with its form links) and move the clock, so: a loopback Host only (a web page
 * that rebinds its own domain to 127.0.0.1 still sends its own name), the coordinator
 * token (a page cannot read it), and JSON for a POST (a plain HTML form cannot send it).
 */
export async function refuseLocalRequest(
  request: IncomingMessage,
  auth: StaticTokenAuth,
  allowedHosts: ReadonlySet<string> = LOOPBACK_HOSTS,
): Promise<{ status: number; error: string; message: string } | undefined> {
  if (!allowedHosts.has(hostName(request.headers.host)))
    return { status: 403, error: "forbidden_host", message: "use http://localhost:<port>" };
  const bearerToken = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  // The console's own check; a missing and a wrong token both answer 401 here.
  const signedIn = await auth.authenticate(bearerToken ? { bearerToken } : {}).then(
    () => true,
    () => false,
  );
  if (!signedIn)
    return {
      status: 401,
      error: "unauthorized",
      message: "send the coordinator token as 'Authorization: Bearer <token>'",
    };
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (request.method === "POST" && mediaType !== "application/json")
    return { status: 415, error: "unsupported_media_type", message: "send application/json" };
  return undefined;
}

/**
 * The local runtime's own routes: the mailbox (`GET /local/mail`), the clock
 * (`GET /local/clock`, `POST /local/clock` with `{"advance": "P7D"}` or `{"speed": 86400}`)
 * and SES events (`POST /local/ses-events`, a bounce or complaint as EventBridge sends it).
 * Each needs the coordinator token, a loopback Host and, to change anything, JSON.
 */
export function localRoutes(options: {
  clock: LocalClock;
  sesEndpoint: string;
  token: string;
  /** Host names besides the loopback ones (HOST set to a LAN address, say). */
  extraHosts?: readonly string[];
}) {
  const hosts = new Set([...LOOPBACK_HOSTS, ...(options.extraHosts ?? []).map(hostName)]);
  const auth = new StaticTokenAuth(options.token);
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
  ): Promise<boolean> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith("/local/")) return false;
    const refused = await refuseLocalRequest(request, auth, hosts);
    if (refused) {
      send(response, refused.status, {
        error: refused.error,
        message: refused.message,
        issues: [],
      });
      return true;
    }
    if (url.pathname === "/local/mail" && request.method === "GET") {
      const items = await listLocalMail(options.sesEndpoint);
      const to = url.searchParams.get("to")?.toLowerCase();
      send(response, 200, {
        items: to ? items.filter((mail) => mail.to.some((a) => a.toLowerCase() === to)) : items,
      });
      return true;
    }
    if (url.pathname === "/local/ses-events" && request.method === "POST") {
      await injectSesEvent(response, body);
      return true;
    }
    if (url.pathname === "/local/clock" && request.method === "GET") {
      send(response, 200, options.clock.snapshot());
      return true;
    }
    if (url.pathname === "/local/clock" && request.method === "POST") {
      let parsed: z.infer<typeof clockChange>;
      try {
        parsed = clockChange.parse(JSON.parse(body.toString("utf8") || "{}"));
      } catch {
        send(response, 400, {
          error: "invalid_request",
          message: 'send {"advance": "P7D"} (an ISO 8601 duration) or {"speed": 86400}',
          issues: [],
        });
        return true;
      }
      if ("advance" in parsed) options.clock.advance(durationMs(parsed.advance));
      else options.clock.setSpeed(parsed.speed);
      send(response, 200, options.clock.snapshot());
      return true;
    }
    return false;
  };
}
