import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table, { type TableProps } from "@cloudscape-design/components/table";
import { useState } from "react";
import { dataApi, type FigureCell, type FigureTable } from "../data-api";
import { errorText } from "../error-text";
import { useLoad } from "../hooks";
import { type I18n, type MessageKey, useI18n } from "../i18n";
import { useNotify } from "../notify";
import { Empty, LoadError } from "../parts";
import { CohortSelect, useCohortFilter } from "../parts/cohort-filter";
import { ALL } from "../parts/list-table";
import { RatingLines } from "../parts/rating-lines";

type Row = FigureTable["rows"][number];

const isCell = (value: unknown): value is FigureCell =>
  typeof value === "object" && value !== null && "hidden" in value;

/** What the first column of each table names. */
const CATEGORY: Record<string, MessageKey> = {
  "by-format": "format",
  "by-institution-type": "institutionType",
  "by-role-category": "roleCategory",
  "escalations-by-reason": "reason",
};

function figureText(i18n: I18n, column: string, cell: FigureCell): string {
  if (cell.hidden) return i18n.t("hiddenFigure");
  if (cell.value === null) return i18n.t("noData");
  const locale = i18n.language === "lv" ? "lv-LV" : "en-GB";
  if (column.endsWith("Rate"))
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
      cell.value,
    );
  if (column.endsWith("Average"))
    return new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(cell.value);
  return new Intl.NumberFormat(locale).format(cell.value);
}

function Figure({ column, value }: { column: string; value: Row[string] | undefined }) {
  const i18n = useI18n();
  if (!isCell(value)) return <>–</>;
  const text = figureText(i18n, column, value);
  if (value.hidden || value.value === null)
    return (
      <Box color="text-body-secondary" fontSize="body-s">
        {text}
      </Box>
    );
  return <>{text}</>;
}

/** The columns that say what a row is: a label in the console's language, or the key itself. */
function keyColumns(i18n: I18n, table: FigureTable): TableProps.ColumnDefinition<Row>[] {
  const { t, language } = i18n;
  const text = (row: Row, column: string) => {
    const value = row[column];
    return typeof value === "string" ? value : "";
  };
  const columns: TableProps.ColumnDefinition<Row>[] = [];
  for (const key of table.keys) {
    if (key.endsWith("_lv") || key.endsWith("_en")) continue;
    if (key === "code" && table.keys.includes("label_lv")) {
      columns.push({
        id: key,
        header: t(CATEGORY[table.name] ?? "category"),
        isRowHeader: columns.length === 0,
        cell: (row) => text(row, `label_${language}`) || text(row, key),
      });
    } else if (table.keys.includes(`${key}_lv`)) {
      columns.push({
        id: key,
        header: key === "phase" ? t("phase") : key === "health" ? t("health") : key,
        isRowHeader: columns.length === 0,
        cell: (row) => text(row, `${key}_${language}`) || text(row, key),
      });
    } else {
      columns.push({
        id: key,
        header: key === "month" ? t("month") : key,
        isRowHeader: columns.length === 0,
        cell: (row) => text(row, key),
      });
    }
  }
  return columns;
}

function FigureTableView({ table, cohort }: { table: FigureTable; cohort?: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const notify = useNotify();
  const [downloading, setDownloading] = useState(false);
  const title = table.title[language];
  const download = async () => {
    setDownloading(true);
    try {
      const name = await dataApi.downloadFiguresCsv(table.name, language, cohort);
      notify({ id: `csv-${table.name}`, type: "success", content: t("downloaded", { name }) });
    } catch (error) {
      notify({
        id: `csv-${table.name}`,
        type: "error",
        content: errorText(error, t),
      });
    } finally {
      setDownloading(false);
    }
  };
  const columns = [
    ...keyColumns(i18n, table),
    ...table.figures.map(
      (column): TableProps.ColumnDefinition<Row> => ({
        id: column,
        header: t(`fig_${column}` as MessageKey),
        cell: (row) => <Figure column={column} value={row[column]} />,
      }),
    ),
  ];
  return (
    <Table<Row>
      variant="container"
      items={table.rows}
      columnDefinitions={columns}
      wrapLines
      ariaLabels={{ tableLabel: title }}
      empty={<Empty>{t("noFigureRows")}</Empty>}
      header={
        <Header
          variant="h2"
          actions={
            <Button
              iconName="download"
              loading={downloading}
              ariaLabel={t("downloadCsvOf", { table: title })}
              onClick={() => void download()}
            >
              {t("downloadCsv")}
            </Button>
          }
        >
          {title}
        </Header>
      }
    />
  );
}

const AVERAGES = ["valueAverage", "ideasAverage", "safetyAverage"] as const;

/** The monthly averages as lines; hidden or empty months are left out. */
function RatingsChart({ table }: { table: FigureTable }) {
  const { t } = useI18n();
  const months = table.rows.map((row) => String(row.month ?? ""));
  const series = AVERAGES.map((column) => ({
    title: t(`fig_${column}`),
    type: "line" as const,
    data: table.rows.flatMap((row) => {
      const cell = row[column];
      return isCell(cell) && cell.value !== null ? [{ x: String(row.month), y: cell.value }] : [];
    }),
  }));
  const drawn = series.some((s) => s.data.length > 0);
  return (
    <Container header={<Header variant="h2">{t("ratingsOverTime")}</Header>}>
      {drawn ? (
        <RatingLines
          series={series}
          xDomain={months}
          xTitle={t("month")}
          label={t("ratingsOverTime")}
          description={t("ratingsOverTimeDescription")}
        />
      ) : (
        <Empty>{t("noRatingMonths")}</Empty>
      )}
    </Container>
  );
}

/** Counts, completion, ratings over time and escalations; anonymous, small groups hidden. */
export function FiguresPage() {
  const { t, dateTime } = useI18n();
  const cohortFilter = useCohortFilter();
  const cohort = cohortFilter.select.value === ALL ? undefined : cohortFilter.select.value;
  const loaded = useLoad(() => dataApi.figures(cohort), `figures-${cohort ?? ALL}`);
  const figures = loaded.data;
  const ratings = figures?.tables.find((table) => table.name === "ratings-by-month");
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description={t("figuresIntro")}
        actions={
          <Button iconName="refresh" onClick={() => void loaded.reload()}>
            {t("refresh")}
          </Button>
        }
      >
        {t("figuresTitle")}
      </Header>
      <FormField label={cohortFilter.select.label}>
        <CohortSelect select={cohortFilter.select} />
      </FormField>
      <LoadError error={loaded.error} />
      {loaded.loading && !figures ? <Box>{t("loading")}</Box> : null}
      {figures ? (
        <Box color="text-body-secondary" fontSize="body-s">
          {t("figuresGeneratedAt")}: {dateTime(figures.generatedAt)}
        </Box>
      ) : null}
      {ratings ? <RatingsChart table={ratings} /> : null}
      {figures?.tables.map((table) => (
        <FigureTableView key={table.name} table={table} cohort={cohort} />
      ))}
    </SpaceBetween>
  );
}
