import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import Table from "@cloudscape-design/components/table";
import { useState } from "react";
import type { RelationshipDetail } from "../api";
import { dataApi } from "../data-api";
import { errorText } from "../error-text";
import { useI18n } from "../i18n";
import { FORM_KIND_LABELS } from "../labels";
import { useNotify } from "../notify";
import { Empty } from "../parts";

type OpenForm = RelationshipDetail["openForms"][number];

/** The forms the workflow waits for, each with "send again" (the same link, or a fresh one). */
export function OpenForms({
  relationship,
  name,
  reload,
}: {
  relationship: RelationshipDetail;
  name: (id: string) => string;
  reload: () => Promise<void>;
}) {
  const { t, l, dateTime } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  const resend = async (form: OpenForm) => {
    setBusy(form.formId);
    try {
      await dataApi.resendForm(form.formId);
      notify({
        id: `resent-${form.formId}`,
        type: "success",
        content: t("formResentTo", { name: name(form.participantId) }),
      });
      await reload();
    } catch (caught) {
      notify({ id: `resent-${form.formId}`, type: "error", content: errorText(caught, t) });
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div data-testid="open-forms">
      <Table<OpenForm>
        variant="container"
        header={
          <Header
            variant="h2"
            counter={`(${relationship.openForms.length})`}
            description={t("openFormsDescription")}
          >
            {t("openFormsTitle")}
          </Header>
        }
        items={relationship.openForms}
        trackBy="formId"
        empty={<Empty>{t("openFormsEmpty")}</Empty>}
        columnDefinitions={[
          { id: "kind", header: t("formKind"), cell: (f) => l(FORM_KIND_LABELS[f.kind]) },
          {
            id: "participant",
            header: t("participant"),
            isRowHeader: true,
            cell: (f) => name(f.participantId),
          },
          { id: "sentAt", header: t("formSentAt"), cell: (f) => dateTime(f.sentAt) },
          { id: "expiresAt", header: t("validUntil"), cell: (f) => dateTime(f.expiresAt) },
          {
            id: "resend",
            header: t("resendOpenForm"),
            cell: (f) => (
              <Button
                loading={busy === f.formId}
                disabled={busy !== undefined && busy !== f.formId}
                ariaLabel={`${t("resendOpenForm")}: ${l(FORM_KIND_LABELS[f.kind])}, ${name(f.participantId)}`}
                onClick={() => void resend(f)}
              >
                {t("resendOpenForm")}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
