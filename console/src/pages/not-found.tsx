import Box from "@cloudscape-design/components/box";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import Link from "@cloudscape-design/components/link";
import { useI18n } from "../i18n";
import { followHandler, href } from "../router";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <ContentLayout header={<Header variant="h1">{t("notFound")}</Header>}>
      <Box>
        <Link href={href("/")} onFollow={followHandler}>
          {t("navOverview")}
        </Link>
      </Box>
    </ContentLayout>
  );
}
