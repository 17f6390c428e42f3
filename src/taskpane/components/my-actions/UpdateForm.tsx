import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { UpdateDone, UpdateForm as Form } from "../../../app/update-action";
import { DEFAULT_DATE_POLICY } from "../../../core/model/timescale";
import type { Result } from "../../../core/result";
import type { ProgressMode } from "../../../core/updates/action-update";
import { readRevisedDate } from "../../../core/updates/revised-date";
import { localIsoDate } from "../rag/as-of-date";
import { OutcomeMessage } from "../OutcomeMessage";
import type { WorkbookGateway } from "../../../core/gateway";
import type { MyActionsEngine } from "./my-actions-engine-types";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const LEAVE = "";

export interface UpdateFormProps {
  engine: MyActionsEngine;
  gateway: WorkbookGateway;
  sheet: string;
  row: number;
  /** Rows are named in sentences by their ref or title ("1.4"). */
  name: string;
  asOf: string;
  onSaved: (done: UpdateDone) => void;
  onClose: () => void;
  today?: () => Date;
}

type Save = { status: "idle" } | { status: "busy" } | { status: "failed"; message: string };

/**
 * Update one action from the pane: a status from the plan's own words, a progress note, a revised
 * date said back as read before it is written, % complete where the plan has it. Only the fields
 * filled in are written; a value the plan's rules reject is refused with the sentence saying why.
 */
export const UpdateForm = ({
  engine,
  gateway,
  sheet,
  row,
  name,
  asOf,
  onSaved,
  onClose,
  today,
}: UpdateFormProps) => {
  const styles = useStyles();
  const id = useId();
  const [form, setForm] = useState<Result<Form, string> | null>(null);
  const [status, setStatus] = useState(LEAVE);
  const [note, setNote] = useState("");
  const [progressMode, setProgressMode] = useState<ProgressMode>("above");
  const [revised, setRevised] = useState("");
  const [percent, setPercent] = useState("");
  const [save, setSave] = useState<Save>({ status: "idle" });

  useEffect(() => {
    let live = true;
    void engine.loadUpdateForm(gateway, { sheet, row }).then((loaded) => {
      if (!live) return;
      setForm(loaded);
      // The plan's own way (its mapping's updates.progress) until the owner chooses otherwise.
      if (loaded.ok && loaded.value.progress !== null) setProgressMode(loaded.value.progress.mode);
    });
    return () => {
      live = false;
    };
  }, [engine, gateway, sheet, row]);

  if (form === null)
    return <Spinner size="tiny" labelPosition="after" label={`Reading ${name}…`} />;
  if (!form.ok) return <OutcomeMessage intent="error" body={form.error} />;
  const fields = form.value;
  const echo = revised.trim() === "" ? null : readRevisedDate(revised, DEFAULT_DATE_POLICY);
  const nothing =
    status === LEAVE && note.trim() === "" && revised.trim() === "" && percent.trim() === "";

  const submit = async () => {
    setSave({ status: "busy" });
    const done = await engine.updateMyAction(gateway, {
      update: {
        sheet,
        row,
        ...(status !== LEAVE ? { status } : {}),
        ...(note.trim() !== "" ? { note, progressMode } : {}),
        ...(revised.trim() !== "" ? { revisedDate: revised } : {}),
        ...(percent.trim() !== "" ? { percentComplete: percent } : {}),
      },
      today: localIsoDate(today?.() ?? new Date()),
      asOf,
    });
    if (!done.ok) setSave({ status: "failed", message: done.error });
    // The view says what was written (the action may move to another list), and the form closes.
    else onSaved(done.value);
  };

  return (
    <form
      className={styles.form}
      aria-label={`Update ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!nothing) void submit();
      }}
    >
      {fields.status !== null && (
        <Field
          label="Status"
          hint={`Now: ${fields.status.current === "" ? "none recorded" : fields.status.current}. The plan's own statuses (from its ${fields.status.source}).`}
        >
          <Select value={status} onChange={(_event, data) => setStatus(data.value)}>
            <option value={LEAVE}>Leave as it is</option>
            {fields.status.choices.map((choice) => (
              <option key={choice.label} value={choice.label}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {fields.progress !== null && (
        <>
          <Field
            label="Progress note"
            hint={`Written in ${fields.progress.address} with today's date.`}
          >
            <Textarea
              value={note}
              onChange={(_event, data) => setNote(data.value)}
              resize="vertical"
            />
          </Field>
          <Field label="Put the note">
            <RadioGroup
              value={progressMode}
              onChange={(_event, data) =>
                setProgressMode(data.value === "replace" ? "replace" : "above")
              }
              name={`${id}-mode`}
            >
              <Radio value="above" label="Above the earlier text" />
              <Radio value="replace" label="In place of the earlier text" />
            </RadioGroup>
          </Field>
        </>
      )}
      {fields.due !== null && (
        <Field
          label="Revised date"
          hint={
            echo === null
              ? `Now: ${fields.due.current === "" ? "blank" : fields.due.current}. Any form the plan uses: 30/09/2025, Sep 2025, end of Q2.`
              : undefined
          }
          validationState={echo === null ? "none" : echo.ok ? "success" : "error"}
          validationMessage={
            echo === null ? undefined : echo.ok ? `Read as ${echo.value.asRead}` : echo.error
          }
        >
          <Input value={revised} onChange={(_event, data) => setRevised(data.value)} />
        </Field>
      )}
      {fields.percentComplete !== null && (
        <Field
          label="% complete"
          hint={`Now: ${fields.percentComplete.current === "" ? "blank" : fields.percentComplete.current}.`}
        >
          <Input
            value={percent}
            inputMode="decimal"
            onChange={(_event, data) => setPercent(data.value)}
          />
        </Field>
      )}
      {fields.status === null &&
        fields.progress === null &&
        fields.due === null &&
        fields.percentComplete === null && (
          <OutcomeMessage
            intent="info"
            body="This plan has no status, progress, date or % complete column for this action, so there is nothing to update here."
          />
        )}
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={nothing || save.status === "busy"}
        >
          Save update
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
      <div aria-live="polite">
        {save.status === "busy" && <Spinner size="tiny" labelPosition="after" label="Writing…" />}
        {save.status === "failed" && (
          <OutcomeMessage intent="error" title="Nothing written" body={save.message} />
        )}
      </div>
    </form>
  );
};
