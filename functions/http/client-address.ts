import { isIPv4, isIPv6 } from "node:net";
import { type HttpEvent, header } from "./http-event.js";

/**
 * CloudFront's own header with the viewer's address and port (`198.51.100.10:46532`, IPv6
 * `2001:db8::1:46532`). On AWS the API answers only CloudFront, which sets it, so it cannot
 * be forged; without CloudFront (locally) the connection's address is used.
 */
export const VIEWER_ADDRESS_HEADER = "cloudfront-viewer-address";

/** 8 groups of an IPv6 address (`::` and an IPv4 tail expanded), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  if (!isIPv6(address)) return undefined;
  let text = address.toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (tail) {
    const [a, b, c, d] = tail.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -tail.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const missing = rest === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right].map((g) =>
    Number.parseInt(g, 16),
  );
  return groups.length === 8 ? groups : undefined;
}

/**
 * One client as the limits see it: an IPv4 address as it is (IPv4-mapped IPv6 too), an IPv6
 * address as its /64 network, because one household or office gets a whole /64 and can pick
 * any address in it. Undefined when the text is not an IP address.
 */
export function normaliseAddress(text: string): string | undefined {
  const address = text
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  if (!groups) return undefined;
  const [a, b, c, d, e, f, g, h] = groups as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff)
    return [g >> 8, g & 255, h >> 8, h & 255].join(".");
  return `${[a, b, c, d].map((n) => n.toString(16)).join(":")}::/64`;
}

/** The address part of `ip:port` (`[ip]:port` accepted too). */
function withoutPort(value: string): string {
  const text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return bracketed[1] as string;
  const colon = text.lastIndexOf(":");
  return colon > 0 && /^\d+$/.test(text.slice(colon + 1)) ? text.slice(0, colon) : text;
}

/**
 * The client a request counts against: CloudFront's viewer address when present, else the
 * address API Gateway (or the local server) saw. `x-forwarded-for` is never read: any client
 * can write it.
 */
export function clientAddress(event: HttpEvent): string {
  const viewer = header(event, VIEWER_ADDRESS_HEADER);
  const fromViewer = viewer === undefined ? undefined : normaliseAddress(withoutPort(viewer));
  const source = event.requestContext?.http?.sourceIp ?? "";
  return fromViewer ?? normaliseAddress(source) ?? "unknown";
}
