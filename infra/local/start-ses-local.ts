import type { Server } from "node:http";
import { createRequire } from "node:module";
import { z } from "zod";
import { findFreePort } from "./find-free-port.js";

export interface SesLocal {
  /** Give this to SESv2Client as `endpoint`, and to listLocalMail. */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartSesLocalOptions {
  port?: number;
  /** How long to wait for the first answer of `GET /health-check`. */
  timeoutMs?: number;
}

/** One e-mail the local SES stand-in accepted, as `GET /local/mail` shows it. */
export interface LocalMail {
  messageId: string;
  to: string[];
  /** The Reply-To addresses (empty when a reply goes to the sender). */
  replyTo: string[];
  subject: string;
  text: string;
  html: string;
  /** Every http(s) link in the text and in the html's href attributes, first seen first. */
  links: string[];
  /**
   * The attached files. `contentType` is the bare media type (`text/calendar`): the
   * stand-in keeps no parameters such as `method`.
   */
  attachments: { filename: string; contentType: string; content: Buffer }[];
  /** When the stand-in stored it: real time, whole seconds (not the simulated clock). */
  sentAt: string;
}

type SesLocalModule = typeof import("aws-ses-v2-local");

// aws-ses-v2-local keeps its mailbox in a module variable, so every server in one process
// would share it; one at a time keeps "the mailbox of this server" true.
let running = false;

/** The package is CommonJS with `exports.default`; require gives that shape unambiguously. */
function loadSesLocal(): SesLocalModule {
  const require = createRequire(import.meta.url);
  return require("aws-ses-v2-local") as SesLocalModule;
}

async function listen(port: number): Promise<Server> {
  const server = await loadSesLocal().default({ port, host: "127.0.0.1" });
  // On a listen error (port taken) the package still resolves, with a server not listening.
  if (!server.listening) throw new Error(`aws-ses-v2-local could not listen on port ${port}`);
  return server;
}

async function waitForHealth(endpoint: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${endpoint}/health-check`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`local SES did not answer on ${endpoint}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the SES v2 stand-in (aws-ses-v2-local) in this process on 127.0.0.1. */
export async function startSesLocal(options: StartSesLocalOptions = {}): Promise<SesLocal> {
  if (running) throw new Error("a local SES is already running in this process");
  running = true;
  let server: Server | undefined;
  try {
    if (options.port !== undefined) {
      server = await listen(options.port);
    } else {
      // findFreePort has a small race window: another process may take the port first.
      for (let attempt = 1; !server; attempt += 1) {
        try {
          server = await listen(await findFreePort());
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
    }
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const endpoint = `http://127.0.0.1:${port}`;
    await waitForHealth(endpoint, options.timeoutMs ?? 10_000);
    // The mailbox outlives a stopped server in this process; a new server starts empty.
    await fetch(`${endpoint}/clear-store`, { method: "POST" }).then((r) => r.arrayBuffer());

    const started = server;
    let stopped: Promise<void> | undefined;
    return {
      endpoint,
      port,
      stop() {
        stopped ??= new Promise<void>((resolve, reject) => {
          started.close((error) => {
            running = false;
            if (error) reject(error);
            else resolve();
          });
          // SDK clients keep connections alive; close would wait for them otherwise.
          started.closeAllConnections();
        });
        return stopped;
      },
    };
  } catch (error) {
    server?.close();
    server?.closeAllConnections();
    running = false;
    throw error;
  }
}

/** The shape of `GET /store` in aws-ses-v2-local 2.10 (its `Email` type, as JSON). */
const storeSchema = z.object({
  emails: z.array(
    z.object({
      messageId: z.string(),
      from: z.string(),
      replyTo: z.array(z.string()),
      destination: z.object({
        to: z.array(z.string()),
        cc: z.array(z.string()),
        bcc: z.array(z.string()),
      }),
      subject: z.string(),
      // A missing part is absent from the JSON, not null.
      body: z.object({ html: z.string().optional(), text: z.string().optional() }),
      // A Raw message is parsed by mailparser: subject and bodies arrive decoded, and its
      // attachments are listed here (with their content, base64).
      attachments: z
        .array(
          z.object({
            filename: z.string().optional(),
            contentType: z.string(),
            content: z.string().default(""),
          }),
        )
        .default([]),
      /** Seconds since the epoch. */
      at: z.number(),
    }),
  ),
});

const HTML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Drops sentence punctuation after a URL in prose; a ")" stays when it closes a "(" inside. */
function trimUrl(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed.at(-1);
    if (last === undefined) return trimmed;
    if (".,;:!?'\"]}>".includes(last)) {
      trimmed = trimmed.slice(0, -1);
    } else if (
      last === ")" &&
      (trimmed.match(/\)/g)?.length ?? 0) > (trimmed.match(/\(/g)?.length ?? 0)
    ) {
      trimmed = trimmed.slice(0, -1);
    } else {
      return trimmed;
    }
  }
}

/** Every http(s) URL in the text, then every http(s) href of the html; each once. */
export function extractLinks(text: string, html: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/gi)) found.push(trimUrl(match[0]));
  const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`=]+))/gi;
  for (const match of html.matchAll(href)) {
    const url = decodeEntities(match[1] ?? match[2] ?? match[3] ?? "").trim();
    if (/^https?:\/\//i.test(url)) found.push(url);
  }
  return [...new Set(found)];
}

/** Every e-mail the stand-in at `endpoint` holds, oldest first. */
export async function listLocalMail(endpoint: string): Promise<LocalMail[]> {
  const response = await fetch(`${endpoint}/store`);
  if (!response.ok) throw new Error(`GET ${endpoint}/store answered ${response.status}`);
  const { emails } = storeSchema.parse(await response.json());
  return emails.map((email) => {
    const text = email.body.text ?? "";
    const html = email.body.html ?? "";
    return {
      messageId: email.messageId,
      to: email.destination.to,
      replyTo: email.replyTo,
      subject: email.subject,
      text,
      html,
      links: extractLinks(text, html),
      attachments: email.attachments.map(({ filename, contentType, content }) => ({
        filename: filename ?? "",
        contentType,
        content: Buffer.from(content, "base64"),
      })),
      sentAt: new Date(email.at * 1000).toISOString(),
    };
  });
}
