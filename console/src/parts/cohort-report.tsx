import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table, { type TableProps } from "@cloudscape-design/components/table";
import {
  cellKind,
  columnLabel,
  figureAt,
  formatFigure,
  type ReportTable,
  ROW_HEADERS,
} from "@shared/domain/cohorts/cohort-report-model.js";
import { useState } from "react";
import { cohortApi } from "../cohort-api";
import { errorText } from "../error-text";
import { useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { Empty, LoadError } from "../parts";

type Row = ReportTable["rows"][number];

/** Runs one download, with its notice and a busy button. */
function useDownload() {
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  const run = async (id: string, download: () => Promise<string>) => {
    setBusy(id);
    try {
      const name = await download();
      notify({ id, type: "success", content: t("downloaded", { name }) });
    } catch (error) {
      notify({ id, type: "error", content: errorText(error, t) });
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, run };
}

/**
 * The funder's report of the round as the console shows it: each table as in the PDF (the
 * same labels, the same small-group rule), the PDF in Latvian or English, each table as
 * CSV. Computed when opened; it does not refresh by itself.
 */
export function CohortReportView({ cohortId }: { cohortId: string }) {
  const { t, language, dateTime } = useI18n();
  const loaded = useLoad(() => cohortApi.report(cohortId), `report:${cohortId}`);
  const report = loaded.data;
  const { busy, run } = useDownload();
  return (
    <SpaceBetween size="l">
      <LoadError error={loaded.error} />
      <div data-testid="cohort-report">
        <Container
          header={
            <Header
              variant="h2"
              description={report ? report.project[language] : undefined}
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  {(["lv", "en"] as const).map((lang) => (
                    <Button
                      key={lang}
                      iconName="download"
                      data-testid={`report-pdf-${lang}`}
                      loading={busy === `pdf-${lang}`}
                      onClick={() =>
                        void run(`pdf-${lang}`, () => cohortApi.downloadReportPdf(cohortId, lang))
                      }
                    >
                      {t("cohortReportPdf", { language: t(`cohortReportLanguage_${lang}`) })}
                    </Button>
                  ))}
                  <Button iconName="refresh" onClick={() => void loaded.reload()}>
                    {t("refresh")}
                  </Button>
                </SpaceBetween>
              }
            >
              {t("cohortReportTitle")}
            </Header>
          }
        >
          {report ? (
            <SpaceBetween size="xs">
              <Box>{t("cohortReportGenerated", { when: dateTime(report.generatedAt) })}</Box>
              <Box variant="small">{report.rule[language]}</Box>
            </SpaceBetween>
          ) : (
            <Box>{t("loading")}</Box>
          )}
        </Container>
      </div>
      {report?.tables.map((table) => (
        <ReportTableView
          key={table.name}
          table={table}
          busy={busy === `csv-${table.name}`}
          onDownload={() =>
            void run(`csv-${table.name}`, () =>
              cohortApi.downloadReportCsv(cohortId, table.name, language),
            )
          }
        />
      ))}
    </SpaceBetween>
  );
}

function ReportTableView({
  table,
  busy,
  onDownload,
}: {
  table: ReportTable;
  busy: boolean;
  onDownload: () => void;
}) {
  const { t, language } = useI18n();
  const title = table.title[language];
  const text = (row: Row, key: string) => {
    const value = row[key];
    return typeof value === "string" ? value : "";
  };
  const keyColumn: TableProps.ColumnDefinition<Row> = {
    id: "row",
    header: ROW_HEADERS[table.name][language],
    isRowHeader: true,
    // As the PDF prints it: the label in the page's language, else the code.
    cell: (row) => text(row, `label_${language}`) || text(row, "code"),
  };
  const columns: TableProps.ColumnDefinition<Row>[] = [
    keyColumn,
    ...table.figures.map(
      (column): TableProps.ColumnDefinition<Row> => ({
        id: column,
        header: columnLabel(table.name, column, language),
        cell: (row) => {
          const cell = figureAt(row, column);
          return cell ? formatFigure(cell, cellKind(row, column), language) : "–";
        },
      }),
    ),
  ];
  return (
    <div data-testid={`report-table-${table.name}`}>
      <Table<Row>
        variant="container"
        items={table.rows}
        columnDefinitions={columns}
        wrapLines
        ariaLabels={{ tableLabel: title }}
        empty={<Empty>{t("noFigureRows")}</Empty>}
        footer={table.note ? <Box variant="small">{table.note[language]}</Box> : undefined}
        header={
          <Header
            variant="h2"
            actions={
              <Button
                iconName="download"
                loading={busy}
                ariaLabel={t("cohortReportCsvOf", { table: title })}
                onClick={onDownload}
              >
                {t("downloadCsv")}
              </Button>
            }
          >
            {title}
          </Header>
        }
      />
    </div>
  );
}
