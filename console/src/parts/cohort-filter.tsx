import Select, { type SelectProps } from "@cloudscape-design/components/select";
import { useState } from "react";
import { api } from "../api";
import { defaultCohortFilter } from "../cohort-form-values";
import { useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { ALL, withAll } from "./list-table";

/**
 * The lists' cohort filter: "all cohorts" or one, by the page's `?cohort=` or else the
 * current cohort once the cohorts have loaded. It filters the loaded rows by their
 * `cohortId`; where the cohorts do not load, it offers "all" only.
 */
export function useCohortFilter() {
  const { t, language } = useI18n();
  const [chosen, setChosen] = useState<string | undefined>(
    () => new URLSearchParams(window.location.search).get("cohort") ?? undefined,
  );
  const loaded = useLoad(async () => (await api.cohorts()).items, "cohorts");
  const cohorts = loaded.data ?? [];
  const value = chosen ?? (loaded.data ? defaultCohortFilter(cohorts, ALL) : ALL);
  const options: SelectProps.Option[] = withAll(
    t("allCohorts"),
    cohorts.map((cohort) => ({
      value: cohort.cohortId,
      label: cohort.current
        ? t("cohortOptionCurrent", { name: cohort.name[language] })
        : cohort.name[language],
    })),
  );
  return {
    select: { label: t("filterCohort"), options, value, onChange: setChosen },
    /** Whether a row belongs to the chosen cohort (every row while "all" is chosen). */
    matches: (item: { cohortId?: string }) => value === ALL || item.cohortId === value,
  };
}

/** The cohort filter as a select of its own (pages without a list table's filter row). */
export function CohortSelect({
  select,
  ariaLabel,
}: {
  select: ReturnType<typeof useCohortFilter>["select"];
  /** Where no form field labels it. */
  ariaLabel?: string;
}) {
  return (
    <Select
      ariaLabel={ariaLabel}
      selectedOption={
        select.options.find((option) => "value" in option && option.value === select.value) ?? null
      }
      options={select.options}
      onChange={({ detail }) => select.onChange(detail.selectedOption.value ?? ALL)}
    />
  );
}
