import { useCollection } from "@cloudscape-design/collection-hooks";
import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import Select, { type SelectProps } from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import { useState } from "react";
import { api, type RelationshipSummary } from "../api";
import { POLL_MS, useDirectory, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { FORMAT_LABELS, FORMATS, HEALTH_LABELS, HEALTHS, PHASE_LABELS, PHASES } from "../labels";
import { AppLink, Empty, HealthStatus, LoadError, useTableLabels } from "../parts";

const ALL = "";

/** Phase, health and format filters, a text search, sorting and pages. */
export function RelationshipsPage() {
  const { t, tn, l, dateTime, language } = useI18n();
  const { name, participants } = useDirectory();
  const labels = useTableLabels();
  const query = new URLSearchParams(window.location.search);
  const [phase, setPhase] = useState(query.get("phase") ?? ALL);
  const [health, setHealth] = useState(query.get("health") ?? ALL);
  const [format, setFormat] = useState(query.get("format") ?? ALL);
  const [institutionType, setInstitutionType] = useState(query.get("institutionType") ?? ALL);
  const [roleCategory, setRoleCategory] = useState(query.get("roleCategory") ?? ALL);
  const loaded = useLoad(async () => (await api.relationships()).items, "relationships", POLL_MS);

  const rows = (loaded.data ?? []).map((r) => ({
    ...r,
    mentorName: name(r.participants.mentorId),
    menteeNames: r.participants.menteeIds.map(name).join(", "),
    // The mentees' institution types and role categories (a group may have several).
    institutionTypes: r.participants.menteeIds.flatMap((id) => {
      const found = participants.get(id)?.institutionType;
      return found ? [found] : [];
    }),
    roleCategories: r.participants.menteeIds.flatMap((id) => {
      const found = participants.get(id)?.roleCategory;
      return found ? [found] : [];
    }),
  }));
  type Row = (typeof rows)[number];

  const clear = () => {
    setPhase(ALL);
    setHealth(ALL);
    setFormat(ALL);
    setInstitutionType(ALL);
    setRoleCategory(ALL);
    actions.setFiltering("");
  };
  const { items, actions, filteredItemsCount, collectionProps, filterProps, paginationProps } =
    useCollection(rows, {
      filtering: {
        // The selects filter here too, so "nothing matches" differs from "nothing yet".
        filteringFunction: (item: Row, text) => {
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
          const needle = text.trim().toLowerCase();
          if (!needle) return true;
          return [
            item.relationshipId,
            item.mentorName,
            item.menteeNames,
            item.state,
            l(PHASE_LABELS[item.phase]),
            l(FORMAT_LABELS[item.format]),
          ].some((field) => field.toLowerCase().includes(needle));
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
  ) => [{ value: ALL, label: all }, ...values.map((value) => ({ value, label: l(labels[value]) }))];
  const selected = (list: SelectProps.Option[], value: string) =>
    list.find((o) => o.value === value) ?? list[0] ?? null;
  const phaseOptions = options(PHASES, PHASE_LABELS, t("allPhases"));
  const healthOptions = options(HEALTHS, HEALTH_LABELS, t("allHealth"));
  const formatOptions = options(FORMATS, FORMAT_LABELS, t("allFormats"));
  // Only the values that occur, labelled as the reference data says.
  const present = (pick: (row: Row) => { code: string; label: { lv: string; en: string } }[]) => {
    const seen = new Map<string, string>();
    for (const row of rows) for (const item of pick(row)) seen.set(item.code, item.label[language]);
    return [...seen].map(([value, label]) => ({ value, label }));
  };
  const institutionOptions = [
    { value: ALL, label: t("allInstitutionTypes") },
    ...present((row) => row.institutionTypes),
  ];
  const roleCategoryOptions = [
    { value: ALL, label: t("allRoleCategories") },
    ...present((row) => row.roleCategories),
  ];

  return (
    <SpaceBetween size="l">
      <LoadError error={loaded.error} />
      <Table<Row>
        {...collectionProps}
        variant="full-page"
        stickyHeader
        loading={loaded.loading}
        loadingText={t("loading")}
        items={items}
        trackBy="relationshipId"
        ariaLabels={{
          tableLabel: t("relationshipsTitle"),
        }}
        header={
          <Header
            variant="h1"
            counter={
              filteredItemsCount === undefined || filteredItemsCount === rows.length
                ? `(${rows.length})`
                : `(${filteredItemsCount}/${rows.length})`
            }
            actions={
              <Button
                iconName="refresh"
                ariaLabel={t("refresh")}
                onClick={() => void loaded.reload()}
              />
            }
          >
            {t("relationshipsTitle")}
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="s" alignItems="center">
            <TextFilter
              {...filterProps}
              filteringPlaceholder={t("searchRelationships")}
              filteringAriaLabel={t("searchRelationships")}
              filteringClearAriaLabel={t("clearSearch")}
              countText={tn("matches", filteredItemsCount ?? 0)}
            />
            <Select
              selectedOption={selected(phaseOptions, phase)}
              options={phaseOptions}
              ariaLabel={t("filterPhase")}
              onChange={({ detail }) => setPhase(detail.selectedOption.value ?? ALL)}
            />
            <Select
              selectedOption={selected(healthOptions, health)}
              options={healthOptions}
              ariaLabel={t("filterHealth")}
              onChange={({ detail }) => setHealth(detail.selectedOption.value ?? ALL)}
            />
            <Select
              selectedOption={selected(formatOptions, format)}
              options={formatOptions}
              ariaLabel={t("filterFormat")}
              onChange={({ detail }) => setFormat(detail.selectedOption.value ?? ALL)}
            />
            <Select
              selectedOption={selected(institutionOptions, institutionType)}
              options={institutionOptions}
              ariaLabel={t("filterInstitutionType")}
              onChange={({ detail }) => setInstitutionType(detail.selectedOption.value ?? ALL)}
            />
            <Select
              selectedOption={selected(roleCategoryOptions, roleCategory)}
              options={roleCategoryOptions}
              ariaLabel={t("filterRoleCategory")}
              onChange={({ detail }) => setRoleCategory(detail.selectedOption.value ?? ALL)}
            />
          </SpaceBetween>
        }
        pagination={<Pagination {...paginationProps} ariaLabels={labels.pagination} />}
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
            id: "phase",
            header: t("phase"),
            sortingField: "phase",
            cell: (r) => l(PHASE_LABELS[r.phase]),
          },
          {
            id: "health",
            header: t("health"),
            sortingField: "health",
            cell: (r: RelationshipSummary) => <HealthStatus health={r.health} phase={r.phase} />,
          },
          { id: "state", header: t("state"), sortingField: "state", cell: (r) => r.state },
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
    </SpaceBetween>
  );
}
