import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { missingValuesFrom } from "./edit-mapping";

const sameWords = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((word, i) => word === b[i]);

export interface MissingValuesInputProps {
  /** The words in the mapping now (none when it lists none). */
  words: readonly string[];
  onWords: (words: string[]) => void;
}

/**
 * The council's own words for "no value" in a measure's cells ("TBC", "Awaited"), read as no value
 * rather than reported as text in a number cell. Typed as one line, comma-separated: what the person
 * typed stays on screen ("TBC, " on the way to "TBC, Awaited") while the mapping gets the words.
 */
export const MissingValuesInput = ({ words, onWords }: MissingValuesInputProps) => {
  const [draft, setDraft] = useState(() => words.join(", "));
  // A preset or Discard changed the words from outside: show them, unless the draft already says them.
  useEffect(() => {
    if (!sameWords(missingValuesFrom(draft), words)) setDraft(words.join(", "));
    // Only outside changes matter here (the draft is this box's own), so the draft is not a dependency.
  }, [words]);
  return (
    <Field
      label="Words that mean no value yet"
      hint='Measure cells holding any of these words are read as having no value, like a blank cell, "-" or "n/a". Separate them with commas, for example: TBC, Awaited.'
    >
      <Input
        value={draft}
        onChange={(_event, data) => {
          setDraft(data.value);
          onWords(missingValuesFrom(data.value));
        }}
      />
    </Field>
  );
};
