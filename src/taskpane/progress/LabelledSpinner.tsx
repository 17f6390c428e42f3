import { Spinner } from "@fluentui/react-components";

/** Fluent's spinner with its words beside it ("Checking 100,000 actions…", "Opening the RAG view…"). */
export const LabelledSpinner = ({ label }: { label: string }) => (
  <Spinner size="small" labelPosition="after" label={label} />
);
