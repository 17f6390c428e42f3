import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/** What a number box holds: a number, NaN for text that is not one, undefined when left blank (optional boxes only). */
const parse = (text: string): number | undefined =>
  text.trim() === "" ? undefined : Number(text.trim());

const shown = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? "" : String(value);

export interface NumberInputProps {
  label: string;
  value: number | undefined;
  onValue: (value: number | undefined) => void;
  /** Said under the box: what the number means, or what blank means. */
  hint?: string;
  /** The unit after the box ("days", "%"). */
  unit?: string;
  /** Blank is allowed (it means "the default"); otherwise blank is not a number. */
  optional?: boolean;
}

/**
 * A number typed as text: what the person typed stays on screen even when it is not yet a number
 * ("1." on the way to "1.5"); the mapping gets NaN for it, which its check then names in one
 * sentence, so a half-typed value is never saved as something else.
 */
export const NumberInput = ({
  label,
  value,
  onValue,
  hint,
  unit,
  optional = false,
}: NumberInputProps) => {
  const [draft, setDraft] = useState(() => shown(value));
  // A preset or Discard changed the value from outside: show it, unless the draft already says it.
  useEffect(() => {
    const typed = parse(draft);
    if (!Object.is(optional ? typed : (typed ?? Number.NaN), value)) setDraft(shown(value));
    // Only outside changes matter here (the draft is this box's own), so the draft is not a dependency.
  }, [value]);
  const typed = parse(draft);
  const wrong = typed !== undefined ? Number.isNaN(typed) : !optional;
  return (
    <Field
      label={label}
      hint={hint}
      validationState={wrong ? "error" : "none"}
      validationMessage={
        wrong
          ? typed === undefined
            ? "Write a number here."
            : `"${draft.trim()}" is not a number.`
          : undefined
      }
    >
      <Input
        value={draft}
        inputMode="decimal"
        contentAfter={unit}
        onChange={(_event, data) => {
          setDraft(data.value);
          const next = parse(data.value);
          onValue(optional ? next : (next ?? Number.NaN));
        }}
      />
    </Field>
  );
};
