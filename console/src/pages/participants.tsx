import Box from "@cloudscape-design/components/box";
import { useState } from "react";
import { api, type Participant } from "../api";
import { POLL_MS, useLoad } from "../hooks";
import { useI18n } from "../i18n";
import { AppLink, Empty, StatusBadge } from "../parts";
import { useCohortFilter } from "../parts/cohort-filter";
import { ALL, ListPage, matchesText, useList, withAll } from "../parts/list-table";
import { ParticipantDataActions } from "./participant-data";

/** An address that wraps after its "@" first, and anywhere if it must (it is no word). */
function EmailAddress({ email }: { email: string }) {
  const at = email.indexOf("@");
  return (
    <span style={{ overflowWrap: "anywhere" }} data-email>
      {at < 0 ? (
        email
      ) : (
        <>
          {email.slice(0, at + 1)}
          <wbr />
          {email.slice(at + 1)}
        </>
      )}
    </span>
  );
}

/**
 * Applications with confirmation, eligibility and placement; per row the GDPR export and
 * erasure. An unconfirmed application is listed (the coordinator sees who waits), not matched.
 */
export function ParticipantsPage() {
  const { t, tn, v, dateTime } = useI18n();
  const [role, setRole] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [confirmation, setConfirmation] = useState(ALL);
  const cohort = useCohortFilter();
  const loaded = useLoad(async () => (await api.participants()).items, "participants", POLL_MS);
  const all = loaded.data ?? [];
  const collection = useList(all, {
    filtering: {
      filteringFunction: (p: Participant, text) => {
        if (role !== ALL && p.role !== role) return false;
        if (status !== ALL && p.status !== status) return false;
        if (confirmation !== ALL && p.confirmation !== confirmation) return false;
        if (!cohort.matches(p)) return false;
        return matchesText(text, [p.name, p.email]);
      },
      empty: <Empty>{t("noParticipants")}</Empty>,
      noMatch: <Empty>{t("noMatches")}</Empty>,
    },
    sorting: {
      defaultState: { sortingColumn: { sortingField: "appliedAt" }, isDescending: true },
    },
    pagination: { pageSize: 25 },
  });
  const roleOptions = withAll(t("allRoles"), [
    { value: "mentee", label: v("role", "mentee") },
    { value: "mentor", label: v("role", "mentor") },
  ]);
  const confirmationOptions = withAll(t("anyConfirmation"), [
    { value: "confirmed", label: v("confirmation", "confirmed") },
    { value: "unconfirmed", label: v("confirmation", "unconfirmed") },
  ]);
  const statusOptions = withAll(t("allStatuses"), [
    { value: "eligible", label: v("eligibility", "eligible") },
    { value: "ineligible", label: v("eligibility", "ineligible") },
  ]);

  return (
    <ListPage<Participant>
      loaded={loaded}
      title={t("participantsTitle")}
      collection={collection}
      trackBy="participantId"
      wrapLines
      search={t("searchParticipants")}
      selects={[
        cohort.select,
        { label: t("filterRole"), options: roleOptions, value: role, onChange: setRole },
        { label: t("filterStatus"), options: statusOptions, value: status, onChange: setStatus },
        {
          label: t("filterConfirmation"),
          options: confirmationOptions,
          value: confirmation,
          onChange: setConfirmation,
        },
      ]}
      empty={<Empty>{t("noParticipants")}</Empty>}
      columnDefinitions={[
        {
          id: "name",
          header: t("participant"),
          isRowHeader: true,
          sortingField: "name",
          minWidth: 160,
          // The role and the address under the name: two columns less, so the table fits
          // 1280 px (the role has its filter; the address wraps anywhere, being no word).
          cell: (p) => (
            <>
              <span>{p.name}</span>
              <Box variant="small" display="block">
                {v("role", p.role)}
              </Box>
              <Box variant="small" display="block">
                <EmailAddress email={p.email} />
              </Box>
            </>
          ),
        },
        {
          id: "confirmation",
          header: t("confirmation"),
          sortingField: "confirmation",
          // Not confirmed from the mailbox: never matched or counted, deleted after the link.
          cell: (p) =>
            p.confirmation === "confirmed" ? (
              <StatusBadge type="success" text={v("confirmation", "confirmed")} />
            ) : (
              <StatusBadge
                type="pending"
                text={v("confirmation", "unconfirmed")}
                detail={
                  p.confirmBy && Date.parse(p.confirmBy) > Date.now()
                    ? t("confirmBy", { date: dateTime(p.confirmBy) })
                    : t("confirmExpired")
                }
              />
            ),
        },
        {
          id: "status",
          header: t("eligibility"),
          sortingField: "status",
          cell: (p) => {
            const eligible = p.status === "eligible";
            const reasons = p.reasons.map((reason) => v("ineligible", reason)).join("; ");
            return (
              <StatusBadge
                type={eligible ? "success" : "stopped"}
                text={v("eligibility", p.status)}
                detail={!eligible && reasons ? reasons : undefined}
              />
            );
          },
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
            ) : p.confirmation === "unconfirmed" ? (
              t("waitingConfirmation")
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
          minWidth: 100,
          cell: (p) => <ParticipantDataActions participant={p} onChanged={loaded.reload} />,
        },
      ]}
    />
  );
}
