import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { LocalClock } from "../../shared/adapters/local/local-clock.js";
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
 * The local runtime's own routes: the mailbox (`GET /local/mail`) and the clock
 * (`GET /local/clock`, `POST /local/clock` with `{"advance": "P7D"}` or `{"speed": 86400}`).
 */
export function localRoutes(options: { clock: LocalClock; sesEndpoint: string }) {
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
  ): Promise<boolean> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/local/mail" && request.method === "GET") {
      const items = await listLocalMail(options.sesEndpoint);
      const to = url.searchParams.get("to")?.toLowerCase();
      send(response, 200, {
        items: to ? items.filter((mail) => mail.to.some((a) => a.toLowerCase() === to)) : items,
      });
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
