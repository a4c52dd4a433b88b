import {
  type UseCollectionOptions,
  type UseCollectionResult,
  useCollection,
} from "@cloudscape-design/collection-hooks";
import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import Select, { type SelectProps } from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table, { type TableProps } from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import Toggle from "@cloudscape-design/components/toggle";
import type { ReactNode } from "react";
import type { Loaded } from "../hooks";
import { useI18n } from "../i18n";
import { LoadError, useTableLabels } from "../parts";

/** The value of a filter's first option, "all roles", "all phases": no filtering. */
export const ALL = "";

/** A filter's options: "all …" first, then the values. */
export const withAll = (all: string, options: SelectProps.Option[]): SelectProps.Option[] => [
  { value: ALL, label: all },
  ...options,
];

/** Whether a text search matches: an empty search matches everything, else any field. */
export function matchesText(text: string, fields: readonly string[]): boolean {
  const needle = text.trim().toLowerCase();
  return !needle || fields.some((field) => field.toLowerCase().includes(needle));
}

interface FilterSelectProps {
  label: string;
  options: SelectProps.Option[];
  value: string;
  onChange: (value: string) => void;
}

/** The header's switch that shows the handled or decided rows too. */
export function ShowToggle({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}) {
  return (
    <Toggle checked={checked} onChange={({ detail }) => onChange(detail.checked)}>
      {label}
    </Toggle>
  );
}

/** A select that filters a table; the value not among the options shows the first one. */
function FilterSelect({ label, options, value, onChange }: FilterSelectProps) {
  return (
    <Select
      selectedOption={options.find((o) => o.value === value) ?? options[0] ?? null}
      options={options}
      ariaLabel={label}
      onChange={({ detail }) => onChange(detail.selectedOption.value ?? ALL)}
    />
  );
}

/** A `useCollection` of a list, with the list: the header counts all of it. */
export type ListCollection<T> = UseCollectionResult<T> & { all: readonly T[] };

export function useList<T>(all: readonly T[], options: UseCollectionOptions<T>): ListCollection<T> {
  return { ...useCollection(all, options), all };
}

type ListTableProps<T> = Omit<
  TableProps<T>,
  "variant" | "items" | "header" | "filter" | "pagination" | "loading" | "loadingText"
> & {
  /** A page's table (an h1 header, named by its title) or one among others (an h2 header). */
  variant?: "full-page" | "container";
  title: string;
  /** With it, the header's count is "(matched/all)" while a filter hides some rows. */
  matched?: number;
  description?: ReactNode;
  actions?: ReactNode;
  loading: boolean;
} & (
    | { items: readonly T[]; collection?: undefined }
    /** Sorted, filtered and paged by `useList`; its items are the page shown. */
    | { collection: ListCollection<T>; items?: undefined }
  ) & {
    /** The text search's placeholder and name (needs `collection` with filtering). */
    search?: string;
    /** Selects that filter beside the text search, each named by its label. */
    selects?: FilterSelectProps[];
  };

/**
 * The console's lists: a header with the count, loading text, and with a collection its
 * sorting, text search, filters and pages; the other table props go to Cloudscape's Table.
 */
export function ListTable<T>({
  variant = "full-page",
  title,
  matched,
  description,
  actions,
  loading,
  items,
  collection,
  search,
  selects,
  ...table
}: ListTableProps<T>) {
  const { t, tn } = useI18n();
  const labels = useTableLabels();
  const total = (collection ? collection.all : (items ?? [])).length;
  const searchBox =
    collection && search !== undefined ? (
      <TextFilter
        {...collection.filterProps}
        filteringPlaceholder={search}
        filteringAriaLabel={search}
        filteringClearAriaLabel={t("clearSearch")}
        countText={tn("matches", collection.filteredItemsCount ?? 0)}
      />
    ) : undefined;
  return (
    <Table<T>
      {...collection?.collectionProps}
      variant={variant}
      loading={loading}
      loadingText={t("loading")}
      items={collection ? collection.items : (items ?? [])}
      {...(variant === "full-page" ? { ariaLabels: { tableLabel: title } } : {})}
      header={
        <Header
          variant={variant === "full-page" ? "h1" : "h2"}
          counter={
            matched === undefined || matched === total ? `(${total})` : `(${matched}/${total})`
          }
          description={description}
          actions={actions}
        >
          {title}
        </Header>
      }
      filter={
        selects ? (
          <SpaceBetween direction="horizontal" size="s" alignItems="center">
            {searchBox}
            {selects.map((select) => (
              <FilterSelect key={select.label} {...select} />
            ))}
          </SpaceBetween>
        ) : (
          searchBox
        )
      }
      pagination={
        collection ? (
          <Pagination {...collection.paginationProps} ariaLabels={labels.pagination} />
        ) : undefined
      }
      {...table}
    />
  );
}

/** `Omit` for each member of a union (the table's items or its collection). */
type Without<P, K extends PropertyKey> = P extends unknown ? Omit<P, K> : never;

/** A page that is one list: its load error, then its full-page table. */
export function ListPage<T>({
  loaded,
  ...table
}: Without<ListTableProps<T>, "variant" | "loading"> & {
  loaded: Pick<Loaded<unknown>, "loading" | "error">;
}) {
  return (
    <SpaceBetween size="l">
      <LoadError error={loaded.error} />
      <ListTable<T> {...table} loading={loaded.loading} />
    </SpaceBetween>
  );
}
