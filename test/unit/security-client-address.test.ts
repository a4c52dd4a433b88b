import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "../../functions/http/client-address.js";
import { httpEvent } from "../fixtures/http-events.js";

const from = (sourceIp: string, headers: Record<string, string> = {}) => {
  const event = httpEvent({ headers });
  event.requestContext.http.sourceIp = sourceIp;
  return clientAddress(event);
};

describe("the client a request counts against", () => {
  it("is CloudFront's viewer address without its port, whatever the header's case", () => {
    expect(from("130.176.1.1", { "cloudfront-viewer-address": "198.51.100.10:46532" })).toBe(
      "198.51.100.10",
    );
    expect(from("130.176.1.1", { "CloudFront-Viewer-Address": "198.51.100.11:1" })).toBe(
      "198.51.100.11",
    );
  });

  it("is an IPv6 viewer's /64 network: a client may pick any address inside it", () => {
    const a = from("130.176.1.1", {
      "cloudfront-viewer-address": "2001:db8:85a3:1:8a2e:370:7334:1:46532",
    });
    expect(a).toBe("2001:db8:85a3:1::/64");
    expect(from("130.176.1.1", { "cloudfront-viewer-address": "2001:db8:85a3:1::99:443" })).toBe(a);
    expect(from("130.176.1.1", { "cloudfront-viewer-address": "[2001:db8:85a3:1::5]:443" })).toBe(
      a,
    );
    expect(from("130.176.1.1", { "cloudfront-viewer-address": "2001:db8:85a3:2::5:443" })).not.toBe(
      a,
    );
  });

  it("is the connection's address without CloudFront; IPv4-mapped IPv6 is the IPv4 address", () => {
    expect(from("192.0.2.7")).toBe("192.0.2.7");
    expect(from("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(from("::1")).toBe("0:0:0:0::/64");
  });

  it("never believes x-forwarded-for, which any client can write", () => {
    expect(from("192.0.2.7", { "x-forwarded-for": "10.0.0.1" })).toBe("192.0.2.7");
    expect(
      from("192.0.2.7", { "x-forwarded-for": "10.0.0.1, 10.0.0.2", "x-real-ip": "1.1.1.1" }),
    ).toBe("192.0.2.7");
  });

  it("falls back to the connection when the viewer header is not an address", () => {
    expect(from("192.0.2.8", { "cloudfront-viewer-address": "nobody" })).toBe("192.0.2.8");
    expect(from("192.0.2.8", { "cloudfront-viewer-address": "" })).toBe("192.0.2.8");
    expect(from("not an ip")).toBe("unknown");
  });
});
