import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { LayoutId } from "../../../core/parse/plan-model";
import { PRESETS } from "./apply-preset";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  field: { flex: "1 1 12em", minWidth: 0 },
});

/** Choose a seed layout's levels and rules as a starting point; nothing is saved until Save. */
export const PresetPicker = ({
  initial,
  onApply,
  disabled,
}: {
  initial: LayoutId;
  onApply: (preset: LayoutId) => void;
  disabled: boolean;
}) => {
  const styles = useStyles();
  const [preset, setPreset] = useState<LayoutId>(initial);
  return (
    <div className={styles.row}>
      <Field
        label="Preset"
        hint="Its levels and the default rating rules replace those below; then adjust them."
        className={styles.field}
      >
        <Select
          value={preset}
          onChange={(_event, data) =>
            setPreset(PRESETS.find((p) => p.id === data.value)?.id ?? preset)
          }
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.words}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => onApply(preset)} disabledFocusable={disabled}>
        Apply preset
      </Button>
    </div>
  );
};
