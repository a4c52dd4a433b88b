import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import Link from "@cloudscape-design/components/link";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { useI18n } from "../i18n";
import type { NextStep } from "../next-steps";
import { AppLink } from "../parts";

/** A participant form's address on this origin (the console and the forms share it). */
const formUrl = (role: "mentee" | "mentor", language: string) =>
  `${window.location.origin}/apply?role=${role}&lang=${language}`;

function FormLinks({ roles }: { roles: ("mentee" | "mentor")[] }) {
  const { t, language } = useI18n();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {roles.map((role) => (
        <li key={role}>
          {t(role === "mentee" ? "nextFormMentee" : "nextFormMentor")}:{" "}
          <Link href={formUrl(role, language)} external>
            {formUrl(role, language)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Step({ step }: { step: NextStep }) {
  const { t, tn } = useI18n();
  switch (step.kind) {
    case "decide":
      return (
        <StatusIndicator type="warning">
          <AppLink to="/escalations">{tn("nextDecide", step.count)}</AppLink>
        </StatusIndicator>
      );
    case "approve":
      return (
        <StatusIndicator type="pending">
          <AppLink to="/matching">{tn("nextApprove", step.count)}</AppLink>
        </StatusIndicator>
      );
    case "match":
      return (
        <StatusIndicator type="info">
          <AppLink to="/matching">{tn("nextWaiting", step.count)}</AppLink>
        </StatusIndicator>
      );
    case "noMentorRoom":
      return (
        <SpaceBetween size="xxs">
          <StatusIndicator type="info">
            <AppLink to="/participants">{tn("nextWaiting", step.count)}</AppLink>
          </StatusIndicator>
          <Box>{t("nextNoMentorRoom")}</Box>
          <FormLinks roles={["mentor"]} />
        </SpaceBetween>
      );
    case "shareForm":
      return (
        <SpaceBetween size="xxs">
          <Box>{t("nextShareForm")}</Box>
          <FormLinks roles={["mentee", "mentor"]} />
        </SpaceBetween>
      );
    case "nothing":
      return <StatusIndicator type="success">{t("nextNothing")}</StatusIndicator>;
  }
}

/** The overview's "what to do next": each step in words, linked to where it is done. */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  const { t } = useI18n();
  return (
    <div data-testid="next-steps">
      <Container header={<Header variant="h2">{t("nextSteps")}</Header>}>
        <SpaceBetween size="s">
          {steps.map((step) => (
            <div key={step.kind} data-step={step.kind}>
              <Step step={step} />
            </div>
          ))}
        </SpaceBetween>
      </Container>
    </div>
  );
}
