import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ToleranceRule } from "../../../core/rag/rag-policy";
import { NumberInput } from "./NumberInput";

const useStyles = makeStyles({
  tolerance: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

type Mode = ToleranceRule["mode"];

// docs/RATINGS.md#measures: relative (amber within value% of the target, the default) or absolute (within value units).
const MODE_WORDS: Record<Mode, string> = {
  relative: "% of target",
  absolute: "points (own units)",
};

export interface ToleranceInputProps {
  label: string;
  tolerance: ToleranceRule | undefined;
  onTolerance: (tolerance: ToleranceRule | undefined) => void;
  /** A measure's own tolerance may be left blank: the plan's default applies. */
  optional?: boolean;
}

/** How far short of its target a measure may fall and still be amber: a number and what it counts in. */
export const ToleranceInput = ({
  label,
  tolerance,
  onTolerance,
  optional = false,
}: ToleranceInputProps) => {
  const styles = useStyles();
  // Kept while the value is blank, so choosing "points" first and typing the number second works.
  const [chosenMode, setChosenMode] = useState<Mode>(tolerance?.mode ?? "relative");
  const mode = tolerance?.mode ?? chosenMode;
  return (
    <div className={styles.tolerance}>
      <NumberInput
        label={label}
        value={tolerance?.value}
        optional={optional}
        hint={optional ? "Blank: the plan's default" : undefined}
        onValue={(value) => onTolerance(value === undefined ? undefined : { mode, value })}
      />
      <Field label={`${label}: counted in`}>
        <Select
          value={mode}
          onChange={(_event, data) => {
            const next: Mode = data.value === "absolute" ? "absolute" : "relative";
            setChosenMode(next);
            if (tolerance !== undefined) onTolerance({ mode: next, value: tolerance.value });
          }}
        >
          {(["relative", "absolute"] as const).map((option) => (
            <option key={option} value={option}>
              {MODE_WORDS[option]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
};
