import { describe, expect, it } from "vitest";
import { matchPath, ROUTES } from "../../infra/routes.js";

/** No template of the list matches its path. */
const expectRefused = (cases: [template: string, path: string][]) => {
  for (const [template, path] of cases) expect(matchPath(template, path), path).toBeUndefined();
};

describe("matchPath", () => {
  it("matches a literal path exactly, with no parameters", () => {
    expect(matchPath("/apply", "/apply")).toEqual({});
    expect(matchPath("/api/applications", "/api/applications")).toEqual({});
    expect(matchPath("/", "/")).toEqual({});
  });

  it("refuses a literal path that differs in any segment or in case", () => {
    expectRefused([
      ["/apply", "/applyx"],
      ["/apply", "/Apply"],
      ["/api/applications", "/api/application"],
      ["/api/applications", "/app/applications"],
    ]);
  });

  it("takes a {param} segment as a parameter", () => {
    expect(matchPath("/f/{link}", "/f/abc123.sig")).toEqual({ link: "abc123.sig" });
  });

  it("takes several parameters between literal segments", () => {
    expect(
      matchPath(
        "/api/console/proposals/{proposalId}/approve",
        "/api/console/proposals/pr_1/approve",
      ),
    ).toEqual({ proposalId: "pr_1" });
    expect(matchPath("/a/{first}/b/{second}", "/a/1/b/2")).toEqual({ first: "1", second: "2" });
    expect(matchPath("/a/{first}/b/{second}", "/a/1/c/2")).toBeUndefined();
  });

  it("decodes percent-encoded parameters", () => {
    expect(matchPath("/f/{link}", "/f/a%20b")).toEqual({ link: "a b" });
    expect(matchPath("/f/{link}", "/f/B%C4%81ri%C5%86tiesa")).toEqual({ link: "Bāriņtiesa" });
    // An encoded slash stays inside its one segment.
    expect(matchPath("/f/{link}", "/f/a%2Fb")).toEqual({ link: "a/b" });
  });

  it("refuses paths with a different number of segments", () => {
    expectRefused([
      ["/f/{link}", "/f"],
      ["/f/{link}", "/f/a/b"],
      ["/apply", "/apply/"],
      ["/apply", "/"],
    ]);
  });

  it("refuses an empty parameter", () => {
    expect(matchPath("/f/{link}", "/f/")).toBeUndefined();
    expect(matchPath("/a/{id}/b", "/a//b")).toBeUndefined();
  });

  it("a template segment that is not exactly {name} is literal", () => {
    expect(matchPath("/f/x{link}", "/f/xabc")).toBeUndefined();
    expect(matchPath("/f/x{link}", "/f/x{link}")).toEqual({});
  });

  it("every defined route matches a concrete path of its own and no other route of its method", () => {
    const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => `x-${name}`);
    for (const route of ROUTES) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      expect(matchPath(route.path, concrete(route.path)), route.id).toEqual(
        Object.fromEntries(names.map((name) => [name, `x-${name}`])),
      );
      const others = ROUTES.filter(
        (other) =>
          other.method === route.method &&
          matchPath(other.path, concrete(route.path)) !== undefined,
      );
      expect(others.map((other) => other.path)).toEqual([route.path]);
    }
  });
});
