import { useCollection } from "@cloudscape-design/collection-hooks";
import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import Select, { type SelectProps } from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import { useState } from "react";
import { api, type Participant } from "../api";
import { POLL_MS, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { AppLink, Empty, LoadError, useTableLabels } from "../parts";
import { ParticipantDataActions } from "./participant-data";

const ALL = "";

/** Applications with eligibility and placement; per row the GDPR export and erasure. */
export function ParticipantsPage() {
  const { t, tn, v, dateTime } = useI18n();
  const labels = useTableLabels();
  const [role, setRole] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const loaded = useLoad(async () => (await api.participants()).items, "participants", POLL_MS);
  const all = loaded.data ?? [];
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(all, {
      filtering: {
        filteringFunction: (p: Participant, text) => {
          if (role !== ALL && p.role !== role) return false;
          if (status !== ALL && p.status !== status) return false;
          const needle = text.trim().toLowerCase();
          return (
            !needle ||
            p.name.toLowerCase().includes(needle) ||
            p.email.toLowerCase().includes(needle)
          );
        },
        empty: <Empty>{t("noParticipants")}</Empty>,
        noMatch: <Empty>{t("noMatches")}</Empty>,
      },
      sorting: {
        defaultState: { sortingColumn: { sortingField: "appliedAt" }, isDescending: true },
      },
      pagination: { pageSize: 25 },
    });
  const roleOptions: SelectProps.Option[] = [
    { value: ALL, label: t("allRoles") },
    { value: "mentee", label: v("role", "mentee") },
    { value: "mentor", label: v("role", "mentor") },
  ];
  const statusOptions: SelectProps.Option[] = [
    { value: ALL, label: t("allStatuses") },
    { value: "eligible", label: v("eligibility", "eligible") },
    { value: "ineligible", label: v("eligibility", "ineligible") },
  ];

  return (
    <SpaceBetween size="l">
      <LoadError error={loaded.error} />
      <Table<Participant>
        {...collectionProps}
        variant="full-page"
        loading={loaded.loading}
        loadingText={t("loading")}
        items={items}
        trackBy="participantId"
        wrapLines
        ariaLabels={{ tableLabel: t("participantsTitle") }}
        header={
          <Header variant="h1" counter={`(${all.length})`}>
            {t("participantsTitle")}
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="s" alignItems="center">
            <TextFilter
              {...filterProps}
              filteringPlaceholder={t("searchParticipants")}
              filteringAriaLabel={t("searchParticipants")}
              filteringClearAriaLabel={t("clearSearch")}
              countText={tn("matches", filteredItemsCount ?? 0)}
            />
            <Select
              selectedOption={roleOptions.find((o) => o.value === role) ?? null}
              options={roleOptions}
              ariaLabel={t("filterRole")}
              onChange={({ detail }) => setRole(detail.selectedOption.value ?? ALL)}
            />
            <Select
              selectedOption={statusOptions.find((o) => o.value === status) ?? null}
              options={statusOptions}
              ariaLabel={t("filterStatus")}
              onChange={({ detail }) => setStatus(detail.selectedOption.value ?? ALL)}
            />
          </SpaceBetween>
        }
        empty={<Empty>{t("noParticipants")}</Empty>}
        pagination={<Pagination {...paginationProps} ariaLabels={labels.pagination} />}
        columnDefinitions={[
          {
            id: "name",
            header: t("participant"),
            isRowHeader: true,
            sortingField: "name",
            cell: (p) => p.name,
          },
          { id: "role", header: t("role"), sortingField: "role", cell: (p) => v("role", p.role) },
          { id: "email", header: t("email"), sortingField: "email", cell: (p) => p.email },
          {
            id: "status",
            header: t("eligibility"),
            sortingField: "status",
            cell: (p) =>
              p.status === "eligible" ? (
                <StatusIndicator type="success">{v("eligibility", p.status)}</StatusIndicator>
              ) : (
                <StatusIndicator type="stopped">
                  {v("eligibility", p.status)}
                  {p.reasons.length > 0
                    ? `: ${p.reasons.map((reason) => v("ineligible", reason)).join("; ")}`
                    : ""}
                </StatusIndicator>
              ),
          },
          {
            id: "placement",
            header: t("placement"),
            cell: (p) =>
              p.role === "mentor" ? (
                tn("menteesOfCapacity", p.capacity ?? 0, { n: p.activeMentees ?? 0 })
              ) : p.placement ? (
                <AppLink to={`/relationships/${p.placement.relationshipId}`}>
                  {t("relationship")}
                </AppLink>
              ) : p.status === "eligible" ? (
                t("waiting")
              ) : (
                "–"
              ),
          },
          {
            id: "appliedAt",
            header: t("appliedAt"),
            sortingField: "appliedAt",
            cell: (p) => dateTime(p.appliedAt),
          },
          {
            id: "data",
            header: t("dataActions"),
            minWidth: 120,
            cell: (p) => <ParticipantDataActions participant={p} onChanged={loaded.reload} />,
          },
        ]}
      />
    </SpaceBetween>
  );
}
