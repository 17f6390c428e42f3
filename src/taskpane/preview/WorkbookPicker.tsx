import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUpload20Regular } from "@fluentui/react-icons";
import type { ChangeEvent } from "react";
import { useRef } from "react";
import type { SampleWorkbook } from "./samples";
import { SAMPLES } from "./samples";

const useStyles = makeStyles({
  picker: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
  },
  field: { flexGrow: 1, flexBasis: "200px", minWidth: 0 },
  // The sample names are long; the select must shrink with a 320 px pane, not push it sideways.
  select: { width: "100%", minWidth: 0 },
});

const OWN_FILE = "own-file";

export interface WorkbookPickerProps {
  /** The sample shown, or null when the person's own file is open. */
  sample: SampleWorkbook | null;
  ownFile: string | null;
  onSample: (sample: SampleWorkbook) => void;
  onFile: (file: File) => void;
  disabled: boolean;
}

/** Choose a shipped sample, or open a local .xlsx (read in the browser, never uploaded). */
export const WorkbookPicker = ({
  sample,
  ownFile,
  onSample,
  onFile,
  disabled,
}: WorkbookPickerProps) => {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const onSelectSample = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = SAMPLES.find((candidate) => candidate.id === event.target.value);
    if (chosen !== undefined) onSample(chosen);
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so that choosing the same file again still opens it.
    event.target.value = "";
    if (file !== undefined) onFile(file);
  };
  return (
    <div className={styles.picker}>
      <Field label="Workbook" className={styles.field}>
        <Select
          className={styles.select}
          value={sample?.id ?? OWN_FILE}
          onChange={onSelectSample}
          disabled={disabled}
        >
          {SAMPLES.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {`Sample: ${candidate.label}`}
            </option>
          ))}
          {ownFile !== null && <option value={OWN_FILE}>{`Your file: ${ownFile}`}</option>}
        </Select>
      </Field>
      <Button
        icon={<ArrowUpload20Regular />}
        onClick={() => input.current?.click()}
        disabled={disabled}
      >
        Open your own .xlsx…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={onPick}
        hidden
        data-testid="own-file-input"
        aria-label="Open your own .xlsx workbook"
      />
    </div>
  );
};
