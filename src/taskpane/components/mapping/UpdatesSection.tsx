import { Radio, RadioGroup, Field } from "@fluentui/react-components";
import type { MappingUpdates } from "../../../core/mapping/mapping";

export interface UpdatesSectionProps {
  updates: MappingUpdates | undefined;
  onProgress: (progress: "above" | "replace") => void;
}

/** How an owner's progress note from the pane lands in the plan's progress cell (docs/UPDATES.md). */
export const UpdatesSection = ({ updates, onProgress }: UpdatesSectionProps) => (
  <Field label="Progress notes written from the pane">
    <RadioGroup
      value={updates?.progress ?? "above"}
      onChange={(_event, data) => onProgress(data.value === "replace" ? "replace" : "above")}
    >
      <Radio value="above" label="Added above the earlier text, with today's date" />
      <Radio value="replace" label="In place of the earlier text" />
    </RadioGroup>
  </Field>
);
