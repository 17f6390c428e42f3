import { Field, Input } from "@fluentui/react-components";

export interface AsOfDateFieldProps {
  asOf: string;
  onAsOf: (asOf: string) => void;
  asOfValid: boolean;
  className?: string;
}

/** The date the plan is rated as of (RAG and Report): a date box that says, when it is not a date, what to type. */
export const AsOfDateField = ({ asOf, onAsOf, asOfValid, className }: AsOfDateFieldProps) => (
  <Field
    label="As-of date"
    className={className}
    validationState={asOfValid ? "none" : "error"}
    validationMessage={
      asOfValid ? undefined : "Enter the date to rate the plan as of, for example 31/03/2024."
    }
  >
    <Input type="date" value={asOf} onChange={(_event, data) => onAsOf(data.value)} />
  </Field>
);
