/**
 * The coordinator console's static files at /console/ (on AWS: S3 behind CloudFront).
 * Hashed assets are cached for a year; index.html is never cached; every other path under
 * /console/ is a page of the single-page app and gets index.html.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/** Scripts and styles only from the console itself; the API on the same origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export const CONSOLE_PREFIX = "/console";

/** Answers requests under /console from `dist`; false for any other path. */
export function consoleFiles(dist: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (path !== CONSOLE_PREFIX && !path.startsWith(`${CONSOLE_PREFIX}/`)) return false;
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      response.end("Method Not Allowed");
      return true;
    }
    if (path === CONSOLE_PREFIX) {
      response.writeHead(308, { location: `${CONSOLE_PREFIX}/${url.search}` });
      response.end();
      return true;
    }
    const index = join(dist, "index.html");
    if (!existsSync(index)) {
      response.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      response.end("The console is not built yet: run npm run build:console (npm start does it).");
      return true;
    }
    let relativePath: string;
    try {
      relativePath = decodeURIComponent(path.slice(CONSOLE_PREFIX.length + 1));
    } catch {
      relativePath = "";
    }
    const file = normalize(join(dist, relativePath));
    const inside = file === dist || file.startsWith(`${normalize(dist)}${sep}`);
    const isFile = inside && relativePath !== "" && existsSync(file) && statSync(file).isFile();
    if (!isFile && extname(relativePath) !== "") {
      // A missing asset is a 404, not the app: a broken script must not load HTML.
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...SECURITY_HEADERS });
      response.end("Not Found");
      return true;
    }
    const served = isFile ? file : index;
    const body = readFileSync(served);
    const type = CONTENT_TYPES[extname(served).toLowerCase()] ?? "application/octet-stream";
    const immutable = isFile && relativePath.startsWith("assets/");
    response.writeHead(200, {
      "content-type": type,
      "content-length": String(body.byteLength),
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      ...SECURITY_HEADERS,
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  };
}
