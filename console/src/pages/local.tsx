import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import ContentLayout from "@cloudscape-design/components/content-layout";
import ExpandableSection from "@cloudscape-design/components/expandable-section";
import Header from "@cloudscape-design/components/header";
import Link from "@cloudscape-design/components/link";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useState } from "react";
import { api, type Mail } from "../api";
import { errorText } from "../error-text";
import { POLL_MS, useLoad, useLocalRuntime } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { Empty, LoadError } from "../parts";
import { KeyValuePanel } from "../parts/detail";
import { ListTable, matchesText, useList } from "../parts/list-table";

const ADVANCES = [
  { iso: "PT1H", key: "advanceHour" },
  { iso: "P1D", key: "advanceDay" },
  { iso: "P7D", key: "advanceWeek" },
] as const;

function ClockPanel() {
  const { t, dateTime } = useI18n();
  const local = useLocalRuntime();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  const clock = local.clock;

  const advance = async (iso: string) => {
    setBusy(iso);
    try {
      await api.advanceClock(iso);
      await local.refresh();
      notify({ id: "clock", type: "info", content: t("clockMoved") });
    } catch (caught) {
      notify({
        id: "clock",
        type: "error",
        content: errorText(caught, t),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <KeyValuePanel
      title={t("clock")}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          {ADVANCES.map(({ iso, key }) => (
            <Button
              key={iso}
              loading={busy === iso}
              disabled={busy !== undefined && busy !== iso}
              onClick={() => void advance(iso)}
            >
              {t(key)}
            </Button>
          ))}
        </SpaceBetween>
      }
      columns={2}
      items={[
        {
          label: t("clockNow"),
          value: (
            <span data-field="clock-now">
              {clock ? dateTime(new Date(local.now()).toISOString()) : "–"}
            </span>
          ),
        },
        {
          label: t("clockSpeed"),
          value: !clock
            ? "–"
            : clock.speed === 0
              ? t("clockStopped")
              : t("clockSpeedValue", { n: clock.speed }),
        },
      ]}
    />
  );
}

function MailText({ mail }: { mail: Mail }) {
  const { t } = useI18n();
  return (
    <ExpandableSection headerText={t("mailText")} variant="footer">
      <Box variant="code">
        <pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>{mail.text}</pre>
      </Box>
    </ExpandableSection>
  );
}

/** Local only: every e-mail the system sent, with its links, and the clock. */
export function LocalPage() {
  const { t, dateTime } = useI18n();
  const loaded = useLoad(async () => (await api.localMail()).items, "mail", POLL_MS);
  const mails = [...(loaded.data ?? [])].reverse();
  const collection = useList(mails, {
    filtering: {
      filteringFunction: (mail, text) => matchesText(text, [mail.subject, ...mail.to]),
      empty: <Empty>{t("noMail")}</Empty>,
      noMatch: <Empty>{t("noMatches")}</Empty>,
    },
    pagination: { pageSize: 25 },
  });

  return (
    <ContentLayout header={<Header variant="h1">{t("localTitle")}</Header>}>
      <SpaceBetween size="l">
        <ClockPanel />
        <LoadError error={loaded.error} />
        <ListTable<Mail>
          variant="container"
          title={t("mailbox")}
          loading={loaded.loading}
          collection={collection}
          trackBy="messageId"
          wrapLines
          search={t("searchMail")}
          columnDefinitions={[
            { id: "sentAt", header: t("sentAt"), cell: (m) => dateTime(m.sentAt) },
            { id: "to", header: t("to"), cell: (m) => m.to.join(", ") },
            { id: "subject", header: t("subject"), isRowHeader: true, cell: (m) => m.subject },
            {
              id: "links",
              header: t("links"),
              cell: (m) =>
                m.links.length === 0 ? (
                  "–"
                ) : (
                  <SpaceBetween size="xxs">
                    {m.links.map((link) => (
                      <Link key={link} href={link} external externalIconAriaLabel={t("openLink")}>
                        {new URL(link, window.location.href).pathname}
                      </Link>
                    ))}
                  </SpaceBetween>
                ),
            },
            // Wide enough for the section's header to keep its words whole.
            {
              id: "text",
              header: t("mailText"),
              cell: (m) => <MailText mail={m} />,
              minWidth: 200,
            },
          ]}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
