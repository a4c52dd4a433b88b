import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Link from "@cloudscape-design/components/link";
import StatusIndicator, {
  type StatusIndicatorProps,
} from "@cloudscape-design/components/status-indicator";
import type { Health, Phase, RelationshipSummary } from "./api";
import { errorText } from "./error-text";
import { useDirectory } from "./hooks";
import { useI18n } from "./i18n";
import { HEALTH_LABELS, PHASE_LABELS } from "./labels";
import { followHandler, href } from "./router";

const HEALTH_STATUS: Record<Health, StatusIndicatorProps.Type> = {
  on_track: "success",
  at_risk: "warning",
  stalled: "error",
  paused: "stopped",
};

/** Health in words with its colour and icon (never colour alone). */
export function HealthStatus({ health, phase }: { health: Health; phase?: Phase }) {
  const { l } = useI18n();
  // A closed relationship's health no longer moves: it shows as closed.
  if (phase === "closed")
    return <StatusIndicator type="stopped">{l(PHASE_LABELS.closed)}</StatusIndicator>;
  return (
    <StatusIndicator type={HEALTH_STATUS[health] ?? "info"}>
      {l(HEALTH_LABELS[health])}
    </StatusIndicator>
  );
}

/** A page that refreshes itself says so under its title. */
export function LiveRefresh() {
  const { t } = useI18n();
  return <StatusIndicator type="info">{t("liveRefresh")}</StatusIndicator>;
}

/** A status in words with its icon; `detail`, where given, follows after a colon. */
export function StatusBadge({
  type,
  text,
  detail,
}: {
  type: StatusIndicatorProps.Type;
  text: string;
  detail?: string;
}) {
  return (
    <StatusIndicator type={type}>
      {detail === undefined ? text : `${text}: ${detail}`}
    </StatusIndicator>
  );
}

export function AppLink({
  to,
  children,
  variant,
}: {
  to: string;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "awsui-value-large";
}) {
  return (
    <Link href={href(to)} onFollow={followHandler} variant={variant}>
      {children}
    </Link>
  );
}

/** "Mentor: A; mentees: B, C" with names from the participant list. */
export function people(
  relationship: Pick<RelationshipSummary, "participants">,
  name: (id: string) => string,
) {
  return {
    mentor: name(relationship.participants.mentorId),
    mentees: relationship.participants.menteeIds.map(name).join(", "),
  };
}

export function usePeople() {
  const { name } = useDirectory();
  return (relationship: Pick<RelationshipSummary, "participants">) => people(relationship, name);
}

/** A link to a relationship named "Mentor – Mentees", or by its id while it is not known. */
export function RelationshipLink({
  id,
  relationship,
}: {
  id: string;
  relationship: Pick<RelationshipSummary, "participants"> | undefined;
}) {
  const names = usePeople();
  const who = relationship ? names(relationship) : undefined;
  return (
    <AppLink to={`/relationships/${id}`}>{who ? `${who.mentor} – ${who.mentees}` : id}</AppLink>
  );
}

export function LoadError({ error }: { error: Error | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert type="error" header={t("error")}>
      {errorText(error, t)}
    </Alert>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return (
    <Box textAlign="center" color="text-body-secondary" padding="s">
      {children}
    </Box>
  );
}

/** Table strings Cloudscape reads aloud, in the console's language. */
export function useTableLabels() {
  const { t } = useI18n();
  return {
    pagination: {
      nextPageLabel: t("nextPage"),
      previousPageLabel: t("previousPage"),
      pageLabel: (page: number) => `${t("pageLabel")} ${page}`,
      paginationLabel: t("paginationLabel"),
    },
  };
}
