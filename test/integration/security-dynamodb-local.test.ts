import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";

const port = Number(new URL(inject("dynamoEndpoint")).port);

/**
 * The local addresses that listen on a port, from the kernel's socket tables (hex
 * "address:port" pairs; state 0A is LISTEN), as `ss -ltn` shows them.
 */
function listeningAddresses(onPort: number): string[] {
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A") continue;
      const [address = "", hexPort = ""] = local.split(":");
      if (Number.parseInt(hexPort, 16) === onPort) found.push(address);
    }
  }
  return found;
}

/** 127.0.0.1 as the tables write it: IPv4 little-endian, or IPv4-mapped in IPv6. */
const LOOPBACK = new Set(["0100007F", "0000000000000000FFFF00000100007F"]);

describe("DynamoDB Local, as another machine on the network would try it", () => {
  it("listens on 127.0.0.1 only, not on every interface as the jar alone does", () => {
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(LOOPBACK.has(address)).toBe(true);
  });
});
