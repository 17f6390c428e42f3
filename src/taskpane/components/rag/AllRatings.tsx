import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
} from "@fluentui/react-components";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { RagResult } from "../../../core/rag/rate-plan";
import { PagedList } from "./PagedList";
import { RatedActionButton } from "./RatedActionButton";
import { RatedMeasureButton } from "./RatedMeasureButton";
import type { CellTarget } from "./rated-cells";

/** Every rated action and measure with its reason, in plan order; closed until asked for. */
export const AllRatings = ({
  result,
  levels,
  onSelect,
}: {
  result: RagResult;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const actionsTitle = `All rated actions (${result.actions.length})`;
  const measuresTitle = `All rated measures (${result.measures.length})`;
  return (
    <Accordion multiple collapsible>
      {result.actions.length > 0 && (
        <AccordionItem value="actions">
          <AccordionHeader as="h3">{actionsTitle}</AccordionHeader>
          <AccordionPanel>
            <section aria-label={actionsTitle}>
              <PagedList
                items={result.actions}
                keyOf={(item, index) => `${item.action.sheet}-${item.action.row}-${index}`}
                render={(item) => (
                  <RatedActionButton rated={item} levels={levels} onSelect={onSelect} />
                )}
              />
            </section>
          </AccordionPanel>
        </AccordionItem>
      )}
      {result.measures.length > 0 && (
        <AccordionItem value="measures">
          <AccordionHeader as="h3">{measuresTitle}</AccordionHeader>
          <AccordionPanel>
            <section aria-label={measuresTitle}>
              <PagedList
                items={result.measures}
                keyOf={(item, index) => `${item.measure.sheet}-${item.measure.row}-${index}`}
                render={(item) => (
                  <RatedMeasureButton rated={item} levels={levels} onSelect={onSelect} />
                )}
              />
            </section>
          </AccordionPanel>
        </AccordionItem>
      )}
      {result.actions.length === 0 && result.measures.length === 0 && (
        <p>No actions or measures were found to rate.</p>
      )}
    </Accordion>
  );
};
