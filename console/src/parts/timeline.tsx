import Header from "@cloudscape-design/components/header";
import Table from "@cloudscape-design/components/table";
import type { TimelineEvent } from "../api";
import { type I18n, useI18n } from "../i18n";
import { Empty } from "../parts";
import { timelineSentence } from "./timeline-sentences";

/** Who did it, in words: the workflow, a coordinator (with the account), or a participant. */
function actorName(actor: string, i18n: I18n, name: (id: string) => string) {
  if (actor === "workflow") return i18n.t("actorWorkflow");
  if (actor === "ses") return i18n.t("actorMail");
  if (actor.startsWith("coordinator:")) return `${i18n.t("actorCoordinator")}: ${actor.slice(12)}`;
  return name(actor);
}

/** A relationship's (or, with its own sentences and title, a cohort's) timeline, newest first. */
export function Timeline({
  events,
  name,
  sentence = timelineSentence,
  title,
}: {
  events: readonly TimelineEvent[];
  name: (id: string) => string;
  sentence?: typeof timelineSentence;
  title?: string;
}) {
  const i18n = useI18n();
  const { t, dateTime, language } = i18n;
  return (
    <div data-testid="timeline">
      <Table<TimelineEvent>
        variant="container"
        header={
          <Header variant="h2" counter={`(${events.length})`}>
            {title ?? t("timeline")}
          </Header>
        }
        items={[...events].reverse()}
        trackBy={(e) => `${e.at}#${e.key}`}
        empty={<Empty>{t("noEvents")}</Empty>}
        wrapLines
        columnDefinitions={[
          { id: "at", header: t("when"), cell: (e) => dateTime(e.at), width: 190 },
          {
            id: "what",
            header: t("event"),
            isRowHeader: true,
            cell: (e) =>
              sentence(e, language, {
                name,
                actor: actorName(e.actor, i18n, name),
                dateTime,
              }),
          },
          {
            id: "actor",
            header: t("actor"),
            cell: (e) => actorName(e.actor, i18n, name),
            width: 200,
          },
        ]}
      />
    </div>
  );
}
