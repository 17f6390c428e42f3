import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { UnmappedNote } from "../../../core/parse/plan-model";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS} 0`,
  },
  intro: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold },
});

/** What Plan Tracker saw but could not map, said plainly rather than guessed (text rendered as text). */
export const UnmappedList = ({ notes }: { notes: UnmappedNote[] }) => {
  const styles = useStyles();
  const headingId = useId();
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>{`Not mapped (${notes.length})`}</h3>
      <p className={styles.intro}>
        Plan Tracker found these but could not tell what they are, so it has left them out.
      </p>
      <ul className={styles.list}>
        {notes.map((note, index) => (
          <li key={`${note.sheet}-${note.cell}-${index}`} className={styles.item}>
            <span className={styles.where}>{`${note.sheet}!${note.cell}`}</span>
            {note.text.trim() === "" ? "" : ` “${note.text}”`}
            {`: ${note.reason}`}
          </li>
        ))}
      </ul>
    </section>
  );
};
