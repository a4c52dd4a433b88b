import type { Deps } from "../compose.js";

/** Port methods that only read, by the ports' naming (get, list, find; the workflow's two). */
const READS = /^(get|list|find|definition$|history$)/;

/** The ports that write; clock, ids, signer, auth, budgets and config change nothing. */
const GUARDED = new Set<PropertyKey>([
  "store",
  "workflowStore",
  "workflow",
  "mailer",
  "counters",
  "digests",
]);

function readOnlyPort<T extends object>(port: T, name: string): T {
  return new Proxy(port, {
    get(target, key) {
      // Bound to the adapter itself, so its private members and internal calls work.
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      if (typeof key === "string" && READS.test(key)) return value.bind(target);
      return () => {
        throw new Error(`a GET page may not write: ${name}.${String(key)}`);
      };
    },
  });
}

/**
 * What a GET page gets: the same dependencies, but every method that could write refuses.
 * A link opened by a mail scanner or a prefetch must change nothing; this makes it so.
 * Ports are wrapped when first read, so lazily made clients stay lazy.
 */
export function readOnlyDeps(deps: Deps): Deps {
  return new Proxy(deps, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      return GUARDED.has(key) && typeof value === "object" && value !== null
        ? readOnlyPort(value, String(key))
        : value;
    },
  });
}
