import Box from "@cloudscape-design/components/box";
import ExpandableSection from "@cloudscape-design/components/expandable-section";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { Proposal } from "../api";
import { useDirectory } from "../hooks";
import { useI18n } from "../i18n";

/** One decimal in the console's language: "94,2" in Latvian. */
export const ONE_DECIMAL: Intl.NumberFormatOptions = {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
};

/** A proposal's fit, mentee by mentee and criterion by criterion, folded away. */
export function ProposalExplanation({ proposal }: { proposal: Proposal }) {
  const { t, v, language, number } = useI18n();
  const { name } = useDirectory();
  return (
    <ExpandableSection headerText={t("explanation")} variant="footer">
      <SpaceBetween size="s">
        {proposal.explanation.map((fit) => (
          <div key={fit.menteeId}>
            <Box variant="h4" tagOverride="p">
              {name(fit.menteeId)}: {number(fit.score, ONE_DECIMAL)}
            </Box>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {fit.explanation.criteria.map((c) => (
                <li key={c.criterion}>
                  <strong>{v("criterion", c.criterion)}</strong>:{" "}
                  {number(c.points / 10, ONE_DECIMAL)} / {c.weight} {t("points").toLowerCase()}.{" "}
                  {c.detail[language]}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </SpaceBetween>
    </ExpandableSection>
  );
}
