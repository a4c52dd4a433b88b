import LineChart from "@cloudscape-design/components/line-chart";
import { useI18n } from "../i18n";

/** One line: a person's or a rating's values by category. */
export interface RatingLine {
  title: string;
  type: "line";
  data: { x: string; y: number }[];
}

/**
 * Ratings (0–10) as lines over categories (sessions, months), with the chart's words in the
 * console's language; used by the relationship's rating trend and the programme figures.
 */
export function RatingLines({
  series,
  xDomain,
  xTitle,
  label,
  description,
}: {
  series: RatingLine[];
  xDomain: string[];
  xTitle: string;
  label: string;
  description: string;
}) {
  const { t, number } = useI18n();
  // Decimals in the console's language: "7,5" in Latvian, on the axis and in the popover.
  const decimal = (value: number) => number(value, { maximumFractionDigits: 1 });
  return (
    <LineChart
      series={series.map((line) => ({ ...line, valueFormatter: decimal }))}
      xDomain={xDomain}
      yDomain={[0, 10]}
      xScaleType="categorical"
      xTitle={xTitle}
      yTitle={t("averageRating")}
      height={220}
      hideFilter
      ariaLabel={label}
      ariaDescription={description}
      i18nStrings={{
        legendAriaLabel: t("chartLegend"),
        chartAriaRoleDescription: t("chart"),
        xAxisAriaRoleDescription: t("xAxis"),
        yAxisAriaRoleDescription: t("yAxis"),
        detailPopoverDismissAriaLabel: t("dismiss"),
        xTickFormatter: (x) => String(x),
        yTickFormatter: decimal,
      }}
    />
  );
}
