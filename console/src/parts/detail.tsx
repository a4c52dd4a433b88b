import BreadcrumbGroup from "@cloudscape-design/components/breadcrumb-group";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import KeyValuePairs, {
  type KeyValuePairsProps,
} from "@cloudscape-design/components/key-value-pairs";
import type { ReactNode } from "react";
import { useI18n } from "../i18n";
import { followHandler, href } from "../router";

/** One thing of a list: the breadcrumbs from the list to it, its title as the h1, the content. */
export function DetailLayout({
  list,
  title,
  path,
  description,
  children,
}: {
  /** The list's name and path (`/escalations`). */
  list: { text: string; path: string };
  title: string;
  /** This page's path. */
  path: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ContentLayout
      breadcrumbs={
        <BreadcrumbGroup
          ariaLabel={t("breadcrumbs")}
          onFollow={followHandler}
          items={[
            { text: list.text, href: href(list.path) },
            { text: title, href: href(path) },
          ]}
        />
      }
      header={
        <Header variant="h1" description={description}>
          {title}
        </Header>
      }
    >
      {children}
    </ContentLayout>
  );
}

type Item = KeyValuePairsProps.Pair | false | null | undefined | "";

/** A detail page's summary: its labelled values under "Summary". */
export function SummaryPanel({ columns, items }: { columns: number; items: Item[] }) {
  const { t } = useI18n();
  return <KeyValuePanel title={t("summary")} columns={columns} items={items} />;
}

/** A panel of labelled values; an item that is `false`, `null` or `""` is left out. */
export function KeyValuePanel({
  title,
  actions,
  columns,
  items,
}: {
  title: string;
  actions?: ReactNode;
  columns: number;
  items: Item[];
}) {
  return (
    <Container
      header={
        <Header variant="h2" actions={actions}>
          {title}
        </Header>
      }
    >
      <KeyValuePairs
        columns={columns}
        items={items.filter((item): item is KeyValuePairsProps.Pair => Boolean(item))}
      />
    </Container>
  );
}
