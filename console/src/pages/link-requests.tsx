import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { useState } from "react";
import { ApiError } from "../api";
import { dataApi, type LinkRequestItem } from "../data-api";
import { errorText } from "../error-text";
import { POLL_MS, useLoad } from "../hooks";
import { MESSAGES, type MessageKey, useI18n } from "../i18n";
import { FORM_KIND_LABELS } from "../labels";
import { useNotify } from "../notify";
import { AppLink, Empty } from "../parts";
import { ListPage, ShowToggle } from "../parts/list-table";

/** A refused resend in words: the API's code when the console knows it, else its message. */
function useResendError() {
  const { t } = useI18n();
  return (error: unknown) => {
    if (error instanceof ApiError) {
      const key = `resendError_${error.status === 404 ? "not_found" : error.code}`;
      return key in MESSAGES ? t(key as MessageKey) : errorText(error, t);
    }
    return errorText(error, t);
  };
}

function who(request: LinkRequestItem, unknown: string) {
  const name = request.participantName;
  const email = request.participantEmail ?? request.email;
  if (name && email) return `${name} (${email})`;
  return name ?? email ?? unknown;
}

/** People who asked for a new form link; resend the form from here. */
export function LinkRequestsPage() {
  const { t, v, l, dateTime } = useI18n();
  const notify = useNotify();
  const resendError = useResendError();
  const [handled, setHandled] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const status = handled ? "handled" : "open";
  const loaded = useLoad(
    async () => (await dataApi.linkRequests(status)).items,
    `link-requests-${status}`,
    POLL_MS,
  );
  const items = loaded.data ?? [];

  const resend = async (request: LinkRequestItem) => {
    if (!request.formId) return;
    setBusy(request.requestId);
    setProblems(({ [request.requestId]: _, ...rest }) => rest);
    try {
      const result = await dataApi.resendForm(request.formId);
      notify({
        id: `resend-${request.requestId}`,
        type: "success",
        content: result.extended
          ? t("resentExtended", { date: dateTime(result.expiresAt) })
          : t("resent"),
      });
      await loaded.reload();
    } catch (error) {
      setProblems((current) => ({ ...current, [request.requestId]: resendError(error) }));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <ListPage<LinkRequestItem>
      loaded={loaded}
      title={t("linkRequestsTitle")}
      description={t("linkRequestsIntro")}
      actions={<ShowToggle checked={handled} onChange={setHandled} label={t("showHandled")} />}
      items={items}
      trackBy="requestId"
      wrapLines
      empty={<Empty>{handled ? t("noHandledRequests") : t("noLinkRequests")}</Empty>}
      columnDefinitions={[
        {
          id: "who",
          header: t("whoAsks"),
          isRowHeader: true,
          cell: (r) => who(r, t("unknownPerson")),
        },
        {
          id: "kind",
          header: t("formKind"),
          cell: (r) =>
            r.kind ? (
              r.relationshipId ? (
                <AppLink to={`/relationships/${r.relationshipId}`}>
                  {l(FORM_KIND_LABELS[r.kind])}
                </AppLink>
              ) : (
                l(FORM_KIND_LABELS[r.kind])
              )
            ) : (
              "–"
            ),
        },
        { id: "problem", header: t("problem"), cell: (r) => v("problem", r.problem) },
        { id: "requestedAt", header: t("requestedAt"), cell: (r) => dateTime(r.requestedAt) },
        { id: "note", header: t("note"), cell: (r) => r.note ?? "–" },
        {
          id: "actions",
          header: t("actions"),
          cell: (r) =>
            r.status === "handled" ? (
              <StatusIndicator type="success">{v("requestStatus", r.status)}</StatusIndicator>
            ) : r.formId ? (
              <SpaceBetween size="xs">
                <Button
                  loading={busy === r.requestId}
                  disabled={busy !== undefined && busy !== r.requestId}
                  ariaLabel={t("resendFormFor", { who: who(r, t("unknownPerson")) })}
                  onClick={() => void resend(r)}
                >
                  {t("resendForm")}
                </Button>
                {problems[r.requestId] ? (
                  <Alert type="warning">{problems[r.requestId]}</Alert>
                ) : null}
              </SpaceBetween>
            ) : (
              <Box color="text-body-secondary">{t("noFormKnown")}</Box>
            ),
        },
      ]}
    />
  );
}
