import AppLayout from "@cloudscape-design/components/app-layout";
import Flashbar, { type FlashbarProps } from "@cloudscape-design/components/flashbar";
import { I18nProvider } from "@cloudscape-design/components/i18n";
import enMessages from "@cloudscape-design/components/i18n/messages/all.en";
import SideNavigation from "@cloudscape-design/components/side-navigation";
import TopNavigation from "@cloudscape-design/components/top-navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api, type ClockSnapshot, getToken, onSignedOut, type Participant, setToken } from "./api";
import { cognitoSignOutUrl, loadSignInConfig } from "./cognito-sign-in";
import {
  type Directory,
  DirectoryContext,
  type LocalRuntime,
  LocalRuntimeContext,
  POLL_MS,
} from "./hooks";
import { I18nContext, type Language, makeI18n, storedLanguage, storeLanguage } from "./i18n";
import { FlashContext, type FlashMessage } from "./notify";
import { CohortDetailPage } from "./pages/cohort-detail";
import { CohortNewPage } from "./pages/cohort-new";
import { CohortsPage } from "./pages/cohorts";
import { EscalationDetailPage } from "./pages/escalation-detail";
import { EscalationsPage } from "./pages/escalations";
import { FiguresPage } from "./pages/figures";
import { LinkRequestsPage } from "./pages/link-requests";
import { LocalPage } from "./pages/local";
import { MatchingPage } from "./pages/matching";
import { MentorCommunityPage } from "./pages/mentor-community";
import { NotFoundPage } from "./pages/not-found";
import { OverviewPage } from "./pages/overview";
import { ParticipantsPage } from "./pages/participants";
import { RelationshipDetailPage } from "./pages/relationship-detail";
import { RelationshipsPage } from "./pages/relationships";
import { SignInPage } from "./pages/sign-in";
import {
  followHandler,
  href,
  navigate,
  parseRoute,
  type Route,
  RouteContext,
  useLocationPath,
} from "./router";

function useLocalRuntime(enabled: boolean): LocalRuntime {
  const [available, setAvailable] = useState(false);
  const [clock, setClock] = useState<ClockSnapshot>();
  const fetchedAt = useRef(Date.now());
  const refresh = useCallback(async () => {
    const snapshot = await api.localClock();
    fetchedAt.current = Date.now();
    setAvailable(snapshot !== undefined);
    setClock(snapshot);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [enabled, refresh]);
  return useMemo(
    () => ({
      available,
      clock,
      refresh,
      now: () =>
        clock ? Date.parse(clock.now) + (Date.now() - fetchedAt.current) * clock.speed : Date.now(),
    }),
    [available, clock, refresh],
  );
}

function useDirectoryData(enabled: boolean): Directory {
  const [participants, setParticipants] = useState(new Map<string, Participant>());
  const reload = useCallback(async () => {
    try {
      const { items } = await api.participants();
      setParticipants(new Map(items.map((p) => [p.participantId, p])));
    } catch {
      // Names fall back to ids; the pages show their own errors.
    }
  }, []);
  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);
  return useMemo(
    () => ({
      participants,
      reload,
      name: (id: string) => participants.get(id)?.name ?? id,
    }),
    [participants, reload],
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case "overview":
      return <OverviewPage />;
    case "cohorts":
      return <CohortsPage />;
    case "cohort-new":
      return <CohortNewPage />;
    case "cohort":
      return <CohortDetailPage id={route.id} />;
    case "community":
      return <MentorCommunityPage />;
    case "relationships":
      return <RelationshipsPage />;
    case "relationship":
      return <RelationshipDetailPage id={route.id} />;
    case "escalations":
      return <EscalationsPage />;
    case "escalation":
      return <EscalationDetailPage id={route.id} />;
    case "matching":
      return <MatchingPage />;
    case "participants":
      return <ParticipantsPage />;
    case "figures":
      return <FiguresPage />;
    case "link-requests":
      return <LinkRequestsPage />;
    case "local":
      return <LocalPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const i18n = useMemo(
    () =>
      makeI18n(language, (next) => {
        storeLanguage(next);
        setLanguageState(next);
      }),
    [language],
  );
  const { t } = i18n;
  const path = useLocationPath();
  const route = parseRoute(path);
  const [signedIn, setSignedIn] = useState(() => getToken() !== null);
  const [sessionEnded, setSessionEnded] = useState(false);
  const [navigationOpen, setNavigationOpen] = useState(true);
  const [flash, setFlash] = useState<FlashMessage[]>([]);
  const local = useLocalRuntime(signedIn);
  const directory = useDirectoryData(signedIn);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t("consoleName")}: ${t("appName")}`;
  }, [language, t]);

  useEffect(
    () =>
      onSignedOut(() => {
        setSignedIn(false);
        setSessionEnded(true);
      }),
    [],
  );

  // Messages belong to the page that showed them: a new page starts without.
  useEffect(() => {
    if (path) setFlash([]);
  }, [path]);

  const notify = useCallback((message: FlashMessage) => {
    setFlash((current) => [...current.filter((m) => m.id !== message.id), message].slice(-3));
  }, []);
  const dismiss = useCallback((id: string) => {
    setFlash((current) => current.filter((m) => m.id !== id));
  }, []);

  const signIn = (token: string) => {
    setToken(token);
    setSessionEnded(false);
    setSignedIn(true);
    if (route.page === "sign-in") navigate("/", { replace: true });
  };
  const signOut = () => {
    setToken(null);
    setSignedIn(false);
    setSessionEnded(false);
    setFlash([]);
    // On AWS the hosted sign-in's session ends too; locally there is no config and nothing to do.
    void loadSignInConfig().then((config) => {
      if (config) window.location.assign(cognitoSignOutUrl(config));
    });
  };

  const flashItems: FlashbarProps.MessageDefinition[] = flash.map((message) => ({
    id: message.id,
    type: message.type,
    content: message.content,
    dismissible: true,
    dismissLabel: t("dismiss"),
    onDismiss: () => dismiss(message.id),
  }));

  const otherLanguage: Language = language === "lv" ? "en" : "lv";
  const navItems = [
    { type: "link" as const, text: t("navOverview"), href: href("/") },
    { type: "link" as const, text: t("navCohorts"), href: href("/cohorts") },
    { type: "link" as const, text: t("navCommunity"), href: href("/community") },
    { type: "link" as const, text: t("navRelationships"), href: href("/relationships") },
    { type: "link" as const, text: t("navEscalations"), href: href("/escalations") },
    { type: "link" as const, text: t("navMatching"), href: href("/matching") },
    { type: "link" as const, text: t("navParticipants"), href: href("/participants") },
    { type: "link" as const, text: t("navLinkRequests"), href: href("/link-requests") },
    { type: "link" as const, text: t("navFigures"), href: href("/figures") },
    ...(local.available
      ? [
          { type: "divider" as const },
          {
            type: "link" as const,
            text: t("navLocal"),
            href: href("/local"),
            info: <span>{t("localOnly")}</span>,
          },
        ]
      : []),
  ];
  const activeHref =
    route.page === "cohort" || route.page === "cohort-new"
      ? href("/cohorts")
      : route.page === "relationship"
        ? href("/relationships")
        : route.page === "escalation"
          ? href("/escalations")
          : path.replace(/\/$/, "") === "/console"
            ? href("/")
            : path;

  return (
    <I18nContext.Provider value={i18n}>
      <I18nProvider locale="en" messages={[enMessages]}>
        <RouteContext.Provider value={route}>
          <LocalRuntimeContext.Provider value={local}>
            <DirectoryContext.Provider value={directory}>
              <FlashContext.Provider value={notify}>
                <div id="top-navigation" style={{ position: "sticky", top: 0, zIndex: 1002 }}>
                  <TopNavigation
                    identity={{
                      href: href("/"),
                      title: `${t("appName")}: ${t("consoleName")}`,
                      onFollow: followHandler,
                    }}
                    utilities={[
                      {
                        type: "button",
                        text: t("switchTo"),
                        ariaLabel: t("switchToLabel"),
                        onClick: () => i18n.setLanguage(otherLanguage),
                      },
                      ...(signedIn
                        ? [{ type: "button" as const, text: t("signOut"), onClick: signOut }]
                        : []),
                    ]}
                    i18nStrings={{
                      overflowMenuTriggerText: "…",
                      overflowMenuTitleText: t("navigation"),
                      overflowMenuBackIconAriaLabel: t("back"),
                      overflowMenuDismissIconAriaLabel: t("dismiss"),
                    }}
                  />
                </div>
                {signedIn ? (
                  <AppLayout
                    headerSelector="#top-navigation"
                    navigationOpen={navigationOpen}
                    onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
                    toolsHide
                    notifications={<Flashbar items={flashItems} />}
                    ariaLabels={{
                      navigation: t("navigation"),
                      navigationToggle: t("openNavigation"),
                      navigationClose: t("closeNavigation"),
                      notifications: t("notifications"),
                    }}
                    navigation={
                      <SideNavigation
                        header={{ text: t("consoleName"), href: href("/") }}
                        activeHref={activeHref}
                        onFollow={followHandler}
                        items={navItems}
                      />
                    }
                    content={<Page route={route} />}
                  />
                ) : (
                  <SignInPage onSignedIn={signIn} sessionEnded={sessionEnded} />
                )}
              </FlashContext.Provider>
            </DirectoryContext.Provider>
          </LocalRuntimeContext.Provider>
        </RouteContext.Provider>
      </I18nProvider>
    </I18nContext.Provider>
  );
}
