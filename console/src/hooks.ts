import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { ApiError, type ClockSnapshot, type Participant } from "./api";

export const POLL_MS = 4000;

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads once and, with `pollMs`, again every so often while the page is shown, so a form
 * answer shows up within seconds. A failed refresh keeps the last data and shows the error.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, pollMs?: number): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const value = await loadRef.current();
      if (mine !== generation.current) return;
      setData(value);
      setError(undefined);
    } catch (caught) {
      if (mine !== generation.current) return;
      if (caught instanceof ApiError && (caught.status === 401 || caught.status === 403)) return;
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  // `key` names what is loaded: a new key drops the old data and loads anew.
  const loadedKey = useRef<string>(undefined);
  useEffect(() => {
    if (loadedKey.current !== key) {
      loadedKey.current = key;
      setLoading(true);
      setData(undefined);
    }
    void reload();
    if (!pollMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void reload();
    }, pollMs);
    return () => clearInterval(timer);
  }, [reload, pollMs, key]);

  return { data, error, loading, reload };
}

export interface Directory {
  participants: Map<string, Participant>;
  /** A participant's name, or the id while the list is loading or the person is unknown. */
  name: (id: string) => string;
  reload: () => Promise<void>;
}

export const DirectoryContext = createContext<Directory>({
  participants: new Map(),
  name: (id) => id,
  reload: async () => undefined,
});
export const useDirectory = () => useContext(DirectoryContext);

/** Whether the local runtime answers (mailbox, clock) and its clock's time. */
export interface LocalRuntime {
  available: boolean;
  clock: ClockSnapshot | undefined;
  /** The programme's "now": the local clock's simulated time, or the browser's time. */
  now: () => number;
  refresh: () => Promise<void>;
}

export const LocalRuntimeContext = createContext<LocalRuntime>({
  available: false,
  clock: undefined,
  now: () => Date.now(),
  refresh: async () => undefined,
});
export const useLocalRuntime = () => useContext(LocalRuntimeContext);
