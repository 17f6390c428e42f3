import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { Exceptions, RatedAction, RatedMeasure } from "../../../core/rag/rate-plan";
import { PagedList } from "./PagedList";
import { RatedActionButton } from "./RatedActionButton";
import { RatedMeasureButton } from "./RatedMeasureButton";
import type { CellTarget } from "./rated-cells";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS} 0`,
  },
  section: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
  },
  clear: { margin: 0 },
});

type Section =
  | { kind: "actions"; title: string; items: RatedAction[] }
  | { kind: "measures"; title: string; items: RatedMeasure[] };

/** The exception lists in the order a board takes them (docs/RATINGS.md#exceptions, docs/REPORT.md#what-boards-asked-for: reds first, with reasons). */
const sectionsOf = (exceptions: Exceptions): Section[] => [
  { kind: "actions", title: "Red actions", items: exceptions.redActions },
  { kind: "actions", title: "Overdue actions", items: exceptions.overdueActions },
  { kind: "actions", title: "Actions with no date", items: exceptions.undatedActions },
  { kind: "actions", title: "Actions with no owner", items: exceptions.unownedActions },
  {
    kind: "actions",
    title: "Recorded status contradicts the dates",
    items: exceptions.contradictions,
  },
  { kind: "measures", title: "Red measures", items: exceptions.redMeasures },
  {
    kind: "measures",
    title: "Red or amber measures getting worse",
    items: exceptions.worseningMeasures,
  },
];

const ExceptionSection = ({
  section,
  levels,
  onSelect,
}: {
  section: Section;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h4
        id={headingId}
        className={styles.section}
      >{`${section.title} (${section.items.length})`}</h4>
      {section.kind === "actions" ? (
        <PagedList
          items={section.items}
          keyOf={(item, index) => `${item.action.sheet}-${item.action.row}-${index}`}
          render={(item) => <RatedActionButton rated={item} levels={levels} onSelect={onSelect} />}
        />
      ) : (
        <PagedList
          items={section.items}
          keyOf={(item, index) => `${item.measure.sheet}-${item.measure.row}-${index}`}
          render={(item) => <RatedMeasureButton rated={item} levels={levels} onSelect={onSelect} />}
        />
      )}
    </section>
  );
};

/** "What needs attention": each exception list that has anything in it, every row a way to its cell. */
export const ExceptionLists = ({
  exceptions,
  levels,
  onSelect,
}: {
  exceptions: Exceptions;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const styles = useStyles();
  const headingId = useId();
  const sections = sectionsOf(exceptions).filter((section) => section.items.length > 0);
  return (
    <section aria-labelledby={headingId} data-testid="rag-exceptions">
      <h3 id={headingId} className={styles.heading}>
        What needs attention
      </h3>
      {sections.length === 0 ? (
        <p className={styles.clear}>
          Nothing needs attention: no red, overdue, undated or unowned actions, and no red or
          worsening measures.
        </p>
      ) : (
        sections.map((section) => (
          <ExceptionSection
            key={section.title}
            section={section}
            levels={levels}
            onSelect={onSelect}
          />
        ))
      )}
    </section>
  );
};
