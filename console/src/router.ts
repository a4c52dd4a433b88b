import { createContext, useContext, useEffect, useState } from "react";

/** The console's pages live under /console/ (Vite's base); the server answers each with the app. */
export const BASE = "/console";

export type Route =
  | { page: "overview" }
  | { page: "cohorts" }
  | { page: "cohort-new" }
  | { page: "cohort"; id: string }
  | { page: "community" }
  | { page: "relationships" }
  | { page: "relationship"; id: string }
  | { page: "escalations" }
  | { page: "escalation"; id: string }
  | { page: "matching" }
  | { page: "participants" }
  | { page: "figures" }
  | { page: "link-requests" }
  | { page: "local" }
  | { page: "sign-in" }
  | { page: "not-found" };

export function parseRoute(pathname: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (parts.length === 0) return { page: "overview" };
  if (first === "cohorts" && parts.length === 1) return { page: "cohorts" };
  if (first === "cohorts" && second === "new" && parts.length === 2) return { page: "cohort-new" };
  if (first === "cohorts" && second && parts.length === 2) return { page: "cohort", id: second };
  if (first === "community" && parts.length === 1) return { page: "community" };
  if (first === "relationships" && parts.length === 1) return { page: "relationships" };
  if (first === "relationships" && second && parts.length === 2)
    return { page: "relationship", id: second };
  if (first === "escalations" && parts.length === 1) return { page: "escalations" };
  if (first === "escalations" && second && parts.length === 2)
    return { page: "escalation", id: second };
  if (first === "matching" && parts.length === 1) return { page: "matching" };
  if (first === "participants" && parts.length === 1) return { page: "participants" };
  if (first === "figures" && parts.length === 1) return { page: "figures" };
  if (first === "link-requests" && parts.length === 1) return { page: "link-requests" };
  if (first === "local" && parts.length === 1) return { page: "local" };
  if (first === "sign-in" && parts.length === 1) return { page: "sign-in" };
  return { page: "not-found" };
}

export const href = (path: string) => `${BASE}${path.startsWith("/") ? path : `/${path}`}`;

export function navigate(path: string, options: { replace?: boolean } = {}) {
  const target = path.startsWith(BASE) ? path : href(path);
  if (options.replace) history.replaceState(null, "", target);
  else history.pushState(null, "", target);
  window.dispatchEvent(new PopStateEvent("popstate"));
  window.scrollTo(0, 0);
}

export function useLocationPath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return path;
}

/**
 * Cloudscape links and navigation fire `onFollow` with the href: follow it inside the app
 * (a plain click), or leave it to the browser (new tab, modifier keys).
 */
export function followHandler(event: CustomEvent<{ href?: string; external?: boolean }>) {
  const target = event.detail.href;
  if (!target || event.detail.external || !target.startsWith(BASE)) return;
  event.preventDefault();
  navigate(target);
}

export const RouteContext = createContext<Route>({ page: "overview" });
export const useRoute = () => useContext(RouteContext);
