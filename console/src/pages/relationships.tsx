import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import type { SelectProps } from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useState } from "react";
import { api, type RelationshipSummary } from "../api";
import { POLL_MS, useDirectory, useLoad } from "../hooks";
import { type MessageKey, useI18n } from "../i18n";
import { FORMAT_LABELS, FORMATS, HEALTH_LABELS, HEALTHS, PHASE_LABELS, PHASES } from "../labels";
import { AppLink, Empty, HealthStatus } from "../parts";
import { useCohortFilter } from "../parts/cohort-filter";
import { ALL, ListPage, matchesText, useList, withAll } from "../parts/list-table";
import { stateName } from "../parts/workflow-state-names";

/** The filters, each with its name in the page's query (`?phase=learning`) and its label. */
const FILTER_LABELS = {
  phase: "filterPhase",
  health: "filterHealth",
  format: "filterFormat",
  institutionType: "filterInstitutionType",
  roleCategory: "filterRoleCategory",
} as const satisfies Record<string, MessageKey>;
type Filter = keyof typeof FILTER_LABELS;
const FILTERS = Object.keys(FILTER_LABELS) as Filter[];
const noFilters = (value: (filter: Filter) => string = () => ALL) =>
  Object.fromEntries(FILTERS.map((filter) => [filter, value(filter)])) as Record<Filter, string>;

/** Phase, health and format filters, a text search, sorting and pages. */
export function RelationshipsPage() {
  const { t, l, dateTime, language } = useI18n();
  const { name, participants } = useDirectory();
  const [filters, setFilters] = useState(() => {
    const query = new URLSearchParams(window.location.search);
    return noFilters((filter) => query.get(filter) ?? ALL);
  });
  const loaded = useLoad(async () => (await api.relationships()).items, "relationships", POLL_MS);
  const cohort = useCohortFilter();

  // The mentees' institution types and role categories (a group may have several).
  const ofMentees = (r: RelationshipSummary, field: "institutionType" | "roleCategory") =>
    r.participants.menteeIds.flatMap((id) => {
      const found = participants.get(id)?.[field];
      return found ? [found] : [];
    });
  const rows = (loaded.data ?? []).map((r) => ({
    ...r,
    mentorName: name(r.participants.mentorId),
    menteeNames: r.participants.menteeIds.map(name).join(", "),
    institutionTypes: ofMentees(r, "institutionType"),
    roleCategories: ofMentees(r, "roleCategory"),
  }));
  type Row = (typeof rows)[number];

  const clear = () => {
    setFilters(noFilters());
    cohort.select.onChange(ALL);
    collection.actions.setFiltering("");
  };
  const { phase, health, format, institutionType, roleCategory } = filters;
  const collection = useList(rows, {
    filtering: {
      // The selects filter here too, so "nothing matches" differs from "nothing yet".
      filteringFunction: (item: Row, text) => {
        if (!cohort.matches(item)) return false;
        if (phase !== ALL && item.phase !== phase) return false;
        if (health !== ALL && (item.phase === "closed" || item.health !== health)) return false;
        if (format !== ALL && item.format !== format) return false;
        if (
          institutionType !== ALL &&
          !item.institutionTypes.some((type) => type.code === institutionType)
        )
          return false;
        if (roleCategory !== ALL && !item.roleCategories.some((c) => c.code === roleCategory))
          return false;
        return matchesText(text, [
          item.relationshipId,
          item.mentorName,
          item.menteeNames,
          stateName(item.state, language),
          l(PHASE_LABELS[item.phase]),
          l(FORMAT_LABELS[item.format]),
        ]);
      },
      empty: <Empty>{t("noRelationships")}</Empty>,
      noMatch: (
        <Empty>
          <SpaceBetween size="xs">
            <span>{t("noMatches")}</span>
            <Button onClick={clear}>{t("clearFilters")}</Button>
          </SpaceBetween>
        </Empty>
      ),
    },
    sorting: {
      defaultState: { sortingColumn: { sortingField: "updatedAt" }, isDescending: true },
    },
    pagination: { pageSize: 20 },
  });

  const options = <K extends string>(
    values: readonly K[],
    labels: Record<K, { lv: string; en: string }>,
    all: string,
  ) =>
    withAll(
      all,
      values.map((value) => ({ value, label: l(labels[value]) })),
    );
  // Only the values that occur, labelled as the reference data says.
  const present = (all: string, pick: (row: Row) => ReturnType<typeof ofMentees>) => {
    const seen = new Map<string, string>();
    for (const row of rows) for (const item of pick(row)) seen.set(item.code, item.label[language]);
    return withAll(
      all,
      [...seen].map(([value, label]) => ({ value, label })),
    );
  };
  const filterOptions: Record<Filter, SelectProps.Option[]> = {
    phase: options(PHASES, PHASE_LABELS, t("allPhases")),
    health: options(HEALTHS, HEALTH_LABELS, t("allHealth")),
    format: options(FORMATS, FORMAT_LABELS, t("allFormats")),
    institutionType: present(t("allInstitutionTypes"), (row) => row.institutionTypes),
    roleCategory: present(t("allRoleCategories"), (row) => row.roleCategories),
  };

  return (
    <ListPage<Row>
      loaded={loaded}
      title={t("relationshipsTitle")}
      matched={collection.filteredItemsCount}
      actions={
        <Button iconName="refresh" ariaLabel={t("refresh")} onClick={() => void loaded.reload()} />
      }
      collection={collection}
      stickyHeader
      // Long Latvian state names wrap inside their cell, so the table fits 1280 px.
      wrapLines
      trackBy="relationshipId"
      search={t("searchRelationships")}
      selects={[
        cohort.select,
        ...FILTERS.map((filter) => ({
          label: t(FILTER_LABELS[filter]),
          options: filterOptions[filter],
          value: filters[filter],
          onChange: (value: string) => setFilters((current) => ({ ...current, [filter]: value })),
        })),
      ]}
      columnDefinitions={[
        {
          id: "participants",
          header: t("participants"),
          isRowHeader: true,
          sortingField: "mentorName",
          cell: (r) => (
            <AppLink to={`/relationships/${r.relationshipId}`}>
              {r.mentorName} – {r.menteeNames}
            </AppLink>
          ),
        },
        {
          id: "format",
          header: t("format"),
          sortingField: "format",
          cell: (r) => l(FORMAT_LABELS[r.format]),
        },
        {
          // The phase, and under it where in the workflow it stands (one column: the state's
          // Latvian name starts with its phase, and the table must fit 1280 px).
          id: "phase",
          header: t("phase"),
          sortingField: "phase",
          cell: (r) => (
            <>
              {l(PHASE_LABELS[r.phase])}
              <Box fontSize="body-s" color="text-body-secondary">
                {stateName(r.state, language)}
              </Box>
            </>
          ),
        },
        {
          id: "health",
          header: t("health"),
          sortingField: "health",
          cell: (r: RelationshipSummary) => <HealthStatus health={r.health} phase={r.phase} />,
        },
        {
          id: "cycle",
          header: t("cycle"),
          sortingField: "cycle",
          cell: (r) => `${r.cycle}/${r.sessionCount}`,
        },
        {
          id: "nextDueAt",
          header: t("nextDue"),
          sortingField: "nextDueAt",
          cell: (r) => dateTime(r.nextDueAt),
        },
        {
          id: "updatedAt",
          header: t("updatedAt"),
          sortingField: "updatedAt",
          cell: (r) => dateTime(r.updatedAt),
        },
      ]}
    />
  );
}
