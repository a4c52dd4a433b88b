import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import KeyValuePairs from "@cloudscape-design/components/key-value-pairs";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import { useEffect, useState } from "react";
import { api, type MatchingRun, type Proposal } from "../api";
import { errorText } from "../error-text";
import { useDirectory, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { useNotify } from "../notify";
import { AppLink, LoadError } from "../parts";
import { ApproveAllModal, peopleOf } from "../parts/approve-all-modal";
import { CohortSelect, useCohortFilter } from "../parts/cohort-filter";
import { ALL } from "../parts/list-table";
import { MatchingRunsTable } from "../parts/matching-runs-table";
import { ProposalsTable } from "../parts/proposals-table";
import { SwapMentorModal } from "../parts/swap-mentor-modal";

const PERCENT_ONE_DECIMAL: Intl.NumberFormatOptions = {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
};

/** Run matching for the pool; open the latest kept run (or an earlier one); swap, approve. */
export function MatchingPage() {
  const { t, tn, dateTime, language, number } = useI18n();
  const { name, reload: reloadDirectory } = useDirectory();
  const notify = useNotify();
  const runs = useLoad(async () => (await api.matchingRuns()).items, "matching-runs");
  // A run named in the address (`?run=`), else the latest kept one.
  const [chosenId, setChosenId] = useState(
    () => new URLSearchParams(window.location.search).get("run") ?? undefined,
  );
  const shownId = chosenId ?? runs.data?.[0]?.runId;
  const [run, setRun] = useState<MatchingRun>();
  // Whose pool to match: one cohort's, or everyone's.
  const cohort = useCohortFilter();
  const pool = cohort.select.value === ALL ? undefined : cohort.select.value;
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [swapping, setSwapping] = useState<Proposal>();
  const [confirmingAll, setConfirmingAll] = useState(false);

  useEffect(() => {
    if (!shownId) return;
    let current = true;
    api.matchingRun(shownId).then(
      (loaded) => current && setRun(loaded),
      (caught: unknown) => current && setError(errorText(caught, t)),
    );
    return () => {
      current = false;
    };
  }, [shownId, t]);

  const open = (runId: string) => {
    setChosenId(runId);
    setError(undefined);
    history.replaceState(null, "", `${window.location.pathname}?run=${encodeURIComponent(runId)}`);
  };

  const replace = (proposal: Proposal) =>
    setRun((current) =>
      current
        ? {
            ...current,
            proposals: current.proposals.map((p) =>
              p.proposalId === proposal.proposalId ? proposal : p,
            ),
          }
        : current,
    );

  const runMatching = async () => {
    setBusy("run");
    setError(undefined);
    try {
      await reloadDirectory();
      const created = await api.runMatching(pool);
      setRun(created);
      open(created.runId);
      await Promise.all([reloadDirectory(), runs.reload()]);
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(undefined);
    }
  };

  const approveOne = async (proposal: Proposal) => {
    setBusy(proposal.proposalId);
    setError(undefined);
    try {
      const approved = await api.approve(proposal.proposalId);
      replace(approved.proposal);
      notify({
        id: `approved-${proposal.proposalId}`,
        type: "success",
        content: (
          <>
            {t("approvedStarted")}{" "}
            <AppLink to={`/relationships/${approved.relationshipId}`}>{t("relationship")}</AppLink>
          </>
        ),
      });
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(undefined);
      await runs.reload();
    }
  };

  const pending = run?.proposals.filter((p) => p.status === "proposed") ?? [];

  // Every open proposal in turn; one message at the end says what was approved and what not.
  const approveAll = async () => {
    setConfirmingAll(false);
    setBusy("all");
    setError(undefined);
    const done: Proposal[] = [];
    const failed: { proposal: Proposal; message: string }[] = [];
    for (const proposal of pending) {
      try {
        const approved = await api.approve(proposal.proposalId);
        replace(approved.proposal);
        done.push(approved.proposal);
      } catch (caught) {
        failed.push({
          proposal,
          message: errorText(caught, t),
        });
      }
    }
    const said = [
      done.length > 0 ? tn("approvedProposals", done.length) : "",
      done.length > 0 ? tn("consentSentTo", peopleOf(done).total) : "",
      failed.length > 0
        ? t("approveAllStopped", {
            error: failed.map((f) => `${name(f.proposal.mentorId)} – ${f.message}`).join("; "),
          })
        : "",
    ];
    notify({
      id: "approved-all",
      type: failed.length === 0 ? "success" : done.length === 0 ? "error" : "warning",
      content: <span data-testid="approved-all">{said.filter(Boolean).join(" ")}</span>,
    });
    setBusy(undefined);
    await Promise.all([reloadDirectory(), runs.reload()]);
  };

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={t("matchingIntro")}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <CohortSelect select={cohort.select} ariaLabel={t("matchingPool")} />
              <Button variant="primary" loading={busy === "run"} onClick={() => void runMatching()}>
                {t("runMatching")}
              </Button>
            </SpaceBetween>
          }
        >
          {t("matchingTitle")}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {error && (
          <Alert type="error" header={t("error")}>
            {error}
          </Alert>
        )}
        <LoadError error={runs.error} />
        {run && (
          <Container header={<Header variant="h2">{t("quality")}</Header>}>
            <KeyValuePairs
              columns={4}
              items={[
                { label: t("runAt"), value: dateTime(run.createdAt) },
                { label: t("runBy"), value: run.createdBy },
                {
                  label: t("placed"),
                  value: `${run.quality.placed} / ${run.quality.menteesInPool}`,
                },
                {
                  label: t("gap"),
                  value: number(run.quality.gapToUpperBound, PERCENT_ONE_DECIMAL),
                },
                {
                  label: t("top3"),
                  value: number(run.quality.shareWithTop3Mentor, { style: "percent" }),
                },
              ]}
            />
          </Container>
        )}
        {run && (
          <ProposalsTable
            proposals={run.proposals}
            pending={pending.length}
            busy={busy}
            onApprove={(proposal) => void approveOne(proposal)}
            onSwap={setSwapping}
            onApproveAll={() => setConfirmingAll(true)}
          />
        )}
        {run && run.unplaced.length > 0 && (
          <Table
            variant="container"
            header={
              <Header variant="h2" counter={`(${run.unplaced.length})`}>
                {t("unplaced")}
              </Header>
            }
            items={run.unplaced}
            trackBy="menteeId"
            wrapLines
            columnDefinitions={[
              {
                id: "mentee",
                header: t("mentee"),
                isRowHeader: true,
                cell: (u) => name(u.menteeId),
              },
              { id: "reason", header: t("reason"), cell: (u) => u.message[language] },
            ]}
          />
        )}
        {!runs.loading && (
          <MatchingRunsTable
            runs={runs.data ?? []}
            loading={runs.loading}
            shownRunId={run?.runId}
            onOpen={open}
          />
        )}
      </SpaceBetween>
      <SwapMentorModal
        proposal={swapping}
        onClose={() => setSwapping(undefined)}
        onSwapped={(proposal) => {
          replace(proposal);
          setSwapping(undefined);
          notify({ id: `swapped-${proposal.proposalId}`, type: "success", content: t("swapped") });
        }}
      />
      <ApproveAllModal
        proposals={pending}
        visible={confirmingAll}
        onCancel={() => setConfirmingAll(false)}
        onConfirm={() => void approveAll()}
      />
    </ContentLayout>
  );
}
