import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import ExpandableSection from "@cloudscape-design/components/expandable-section";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import KeyValuePairs from "@cloudscape-design/components/key-value-pairs";
import Modal from "@cloudscape-design/components/modal";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import Textarea from "@cloudscape-design/components/textarea";
import { useEffect, useState } from "react";
import { api, type MatchingRun, type Proposal } from "../api";
import { useDirectory } from "../hooks";
import { useI18n } from "../i18n";
import { FORMAT_LABELS } from "../labels";
import { useNotify } from "../notify";
import { AppLink, Empty } from "../parts";

const RUN_KEY = "console.matchingRun";

function Explanation({ proposal }: { proposal: Proposal }) {
  const { t, v, language } = useI18n();
  const { name } = useDirectory();
  return (
    <ExpandableSection headerText={t("explanation")} variant="footer">
      <SpaceBetween size="s">
        {proposal.explanation.map((fit) => (
          <div key={fit.menteeId}>
            <Box variant="h4" tagOverride="p">
              {name(fit.menteeId)}: {fit.score}
            </Box>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {fit.explanation.criteria.map((c) => (
                <li key={c.criterion}>
                  <strong>{v("criterion", c.criterion)}</strong>: {(c.points / 10).toFixed(1)} /{" "}
                  {c.weight} {t("points").toLowerCase()}. {c.detail[language]}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </SpaceBetween>
    </ExpandableSection>
  );
}

function SwapModal(props: {
  proposal: Proposal | undefined;
  onClose: () => void;
  onSwapped: (proposal: Proposal) => void;
}) {
  const { t, tn } = useI18n();
  const { participants, name } = useDirectory();
  const [mentorId, setMentorId] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ mentor?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const proposal = props.proposal;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new proposal starts a clean form
  useEffect(() => {
    setMentorId("");
    setReason("");
    setErrors({});
  }, [proposal?.proposalId]);
  if (!proposal) return null;

  const alternatives = proposal.alternatives.map((a) => ({
    value: a.mentorId,
    label: `${name(a.mentorId)} (${a.score}; ${tn("placesLeft", a.remainingCapacity)})`,
  }));
  const others = [...participants.values()]
    .filter(
      (p) =>
        p.role === "mentor" &&
        p.status === "eligible" &&
        p.confirmation === "confirmed" &&
        p.participantId !== proposal.mentorId &&
        !alternatives.some((a) => a.value === p.participantId),
    )
    .map((p) => ({ value: p.participantId, label: p.name }));
  const options = [
    ...(alternatives.length > 0 ? [{ label: t("alternatives"), options: alternatives }] : []),
    ...(others.length > 0 ? [{ label: t("mentor"), options: others }] : []),
  ];
  const selected = [...alternatives, ...others].find((o) => o.value === mentorId) ?? null;

  const submit = async () => {
    const problems: typeof errors = {};
    if (!mentorId) problems.mentor = t("mentorRequired");
    if (reason.trim().length < 3) problems.reason = t("swapReasonRequired");
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      props.onSwapped(await api.swapMentor(proposal.proposalId, mentorId, reason.trim()));
    } catch (caught) {
      setErrors({ form: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      visible
      onDismiss={props.onClose}
      closeAriaLabel={t("cancel")}
      header={t("swapTitle")}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onClose}>
              {t("cancel")}
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void submit()}>
              {t("swap")}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {errors.form && <Alert type="error">{errors.form}</Alert>}
        <Box>
          {t("mentor")}: {name(proposal.mentorId)}; {t("mentees")}:{" "}
          {proposal.menteeIds.map(name).join(", ")}
        </Box>
        <FormField label={t("newMentor")} errorText={errors.mentor}>
          <Select
            selectedOption={selected}
            options={options}
            placeholder={t("chooseMentor")}
            onChange={({ detail }) => setMentorId(detail.selectedOption.value ?? "")}
          />
        </FormField>
        <FormField label={t("swapReason")} errorText={errors.reason}>
          <Textarea value={reason} onChange={({ detail }) => setReason(detail.value)} rows={3} />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}

/** Run matching for the pool, read the proposals and their explanations, swap, approve. */
export function MatchingPage() {
  const { t, l, dateTime, language } = useI18n();
  const { name, reload: reloadDirectory } = useDirectory();
  const notify = useNotify();
  const [run, setRun] = useState<MatchingRun>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [swapping, setSwapping] = useState<Proposal>();

  useEffect(() => {
    const runId = sessionStorage.getItem(RUN_KEY);
    if (!runId) return;
    api.matchingRun(runId).then(setRun, () => sessionStorage.removeItem(RUN_KEY));
  }, []);

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
      const created = await api.runMatching();
      sessionStorage.setItem(RUN_KEY, created.runId);
      setRun(created);
      await reloadDirectory();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(undefined);
    }
  };

  const approve = async (proposal: Proposal) => {
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
  };

  const approveOne = async (proposal: Proposal) => {
    setBusy(proposal.proposalId);
    setError(undefined);
    try {
      await approve(proposal);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(undefined);
    }
  };

  const approveAll = async () => {
    setBusy("all");
    setError(undefined);
    try {
      for (const proposal of run?.proposals ?? []) {
        if (proposal.status === "proposed") await approve(proposal);
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(undefined);
      await reloadDirectory();
    }
  };

  const open = run?.proposals.filter((p) => p.status === "proposed") ?? [];

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={t("matchingIntro")}
          actions={
            <Button variant="primary" loading={busy === "run"} onClick={() => void runMatching()}>
              {t("runMatching")}
            </Button>
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
        {!run && <Container>{t("noRunYet")}</Container>}
        {run && (
          <Container header={<Header variant="h2">{t("quality")}</Header>}>
            <KeyValuePairs
              columns={4}
              items={[
                { label: t("runAt"), value: dateTime(run.createdAt) },
                {
                  label: t("placed"),
                  value: `${run.quality.placed} / ${run.quality.menteesInPool}`,
                },
                {
                  label: t("gap"),
                  value: `${(run.quality.gapToUpperBound * 100).toFixed(1)} %`,
                },
                {
                  label: t("top3"),
                  value: `${(run.quality.shareWithTop3Mentor * 100).toFixed(0)} %`,
                },
              ]}
            />
          </Container>
        )}
        {run && (
          <Table<Proposal>
            variant="container"
            items={run.proposals}
            trackBy="proposalId"
            wrapLines
            header={
              <Header
                variant="h2"
                counter={`(${run.proposals.length})`}
                actions={
                  <Button
                    disabled={open.length === 0 || busy !== undefined}
                    loading={busy === "all"}
                    onClick={() => void approveAll()}
                  >
                    {t("approveAll")}
                  </Button>
                }
              >
                {t("proposals")}
              </Header>
            }
            empty={<Empty>{t("noProposals")}</Empty>}
            columnDefinitions={[
              {
                id: "mentor",
                header: t("mentor"),
                isRowHeader: true,
                cell: (p) => name(p.mentorId),
              },
              {
                id: "mentees",
                header: t("mentees"),
                cell: (p) => p.menteeIds.map(name).join(", "),
              },
              { id: "format", header: t("format"), cell: (p) => l(FORMAT_LABELS[p.format]) },
              { id: "score", header: t("score"), cell: (p) => p.score },
              {
                id: "status",
                header: t("status"),
                cell: (p) =>
                  p.status === "approved" && p.relationshipId ? (
                    <StatusIndicator type="success">
                      <AppLink to={`/relationships/${p.relationshipId}`}>{t("approved")}</AppLink>
                    </StatusIndicator>
                  ) : (
                    <StatusIndicator type="pending">{t("proposed")}</StatusIndicator>
                  ),
              },
              {
                id: "explanation",
                header: t("explanation"),
                cell: (p) => <Explanation proposal={p} />,
              },
              {
                id: "actions",
                header: t("actions"),
                cell: (p) =>
                  p.status === "proposed" ? (
                    <SpaceBetween direction="horizontal" size="xs">
                      <Button
                        variant="primary"
                        loading={busy === p.proposalId}
                        disabled={busy !== undefined && busy !== p.proposalId}
                        ariaLabel={`${t("approve")}: ${name(p.mentorId)} – ${p.menteeIds.map(name).join(", ")}`}
                        onClick={() => void approveOne(p)}
                      >
                        {t("approve")}
                      </Button>
                      <Button
                        disabled={busy !== undefined}
                        ariaLabel={`${t("swapMentor")}: ${p.menteeIds.map(name).join(", ")}`}
                        onClick={() => setSwapping(p)}
                      >
                        {t("swapMentor")}
                      </Button>
                    </SpaceBetween>
                  ) : (
                    "–"
                  ),
              },
            ]}
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
      </SpaceBetween>
      <SwapModal
        proposal={swapping}
        onClose={() => setSwapping(undefined)}
        onSwapped={(proposal) => {
          replace(proposal);
          setSwapping(undefined);
          notify({ id: `swapped-${proposal.proposalId}`, type: "success", content: t("swapped") });
        }}
      />
    </ContentLayout>
  );
}
