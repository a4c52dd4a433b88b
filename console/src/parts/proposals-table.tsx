import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import type { Proposal } from "../api";
import { useDirectory } from "../hooks";
import { useI18n } from "../i18n";
import { FORMAT_LABELS } from "../labels";
import { AppLink, Empty } from "../parts";
import { ONE_DECIMAL, ProposalExplanation } from "./proposal-explanation";

/**
 * A run's proposals: mentor, mentees, format, score (with a decimal comma in Latvian), status,
 * the explanation and per row approve and swap; "approve all" in the header. `busy` names
 * what runs now ("all", "run" or a proposal's id): the buttons wait meanwhile.
 */
export function ProposalsTable(props: {
  proposals: Proposal[];
  pending: number;
  busy: string | undefined;
  onApprove: (proposal: Proposal) => void;
  onSwap: (proposal: Proposal) => void;
  onApproveAll: () => void;
}) {
  const { t, l, number } = useI18n();
  const { name } = useDirectory();
  const busy = props.busy;
  return (
    <Table<Proposal>
      variant="container"
      items={props.proposals}
      trackBy="proposalId"
      wrapLines
      header={
        <Header
          variant="h2"
          counter={`(${props.proposals.length})`}
          actions={
            <Button
              disabled={props.pending === 0 || busy !== undefined}
              loading={busy === "all"}
              onClick={props.onApproveAll}
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
        {
          id: "score",
          header: t("score"),
          cell: (p) => number(p.score, ONE_DECIMAL),
        },
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
          header: t("explanationShort"),
          minWidth: 180,
          cell: (p) => <ProposalExplanation proposal={p} />,
        },
        {
          id: "actions",
          header: t("actions"),
          minWidth: 150,
          cell: (p) =>
            p.status === "proposed" ? (
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  variant="primary"
                  loading={busy === p.proposalId}
                  disabled={busy !== undefined && busy !== p.proposalId}
                  ariaLabel={`${t("approve")}: ${name(p.mentorId)} – ${p.menteeIds.map(name).join(", ")}`}
                  onClick={() => props.onApprove(p)}
                >
                  {t("approve")}
                </Button>
                <Button
                  disabled={busy !== undefined}
                  ariaLabel={`${t("swapMentor")}: ${p.menteeIds.map(name).join(", ")}`}
                  onClick={() => props.onSwap(p)}
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
  );
}
