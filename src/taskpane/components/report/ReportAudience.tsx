import { Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export type ReportAudienceChoice = "board" | "committee";

export interface ReportAudienceProps {
  audience: ReportAudienceChoice;
  onAudience: (audience: ReportAudienceChoice) => void;
  only: string;
  onOnly: (words: string) => void;
  disabled: boolean;
}

/**
 * Which version to write (docs/REPORT.md#versions): the full report for the board, or the committee's,
 * with officers named by their team or role; and, for a themed pack, only part of the plan.
 */
export const ReportAudience = ({
  audience,
  onAudience,
  only,
  onOnly,
  disabled,
}: ReportAudienceProps) => {
  const styles = useStyles();
  return (
    <div className={styles.column}>
      <Field label="Version">
        <RadioGroup
          value={audience}
          onChange={(_event, data) =>
            onAudience(data.value === "committee" ? "committee" : "board")
          }
          disabled={disabled}
        >
          <Radio value="board" label="Full report for the board" />
          <Radio
            value="committee"
            label="Committee version: officers named by their team or role, not by name"
          />
        </RadioGroup>
      </Field>
      <Field
        label="Only actions and measures about (optional)"
        hint="For a themed pack: words in their ref, title, name or group, for example inspection."
      >
        <Input value={only} onChange={(_event, data) => onOnly(data.value)} disabled={disabled} />
      </Field>
    </div>
  );
};
