import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { MappedLevel } from "../../../core/mapping/mapping";
import { DEFAULT_LEVEL_STYLES, type RagLevel } from "../../../core/model/rag-level";
import { LevelSwatch, fontColourOn } from "./LevelSwatch";

const useStyles = makeStyles({
  levels: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  level: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  wide: { gridColumn: "1 / -1" },
  shown: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

const HEX = /^#[0-9A-Fa-f]{6}$/;

export interface LevelsSectionProps {
  levels: readonly MappedLevel[];
  onLevel: (id: RagLevel, change: Partial<Omit<MappedLevel, "id">>) => void;
}

/**
 * Each level in the council's own words: its label, what it means (Blue means different things in
 * different councils, docs/STATUSES.md), the glyph written beside it and its fill colour.
 */
export const LevelsSection = ({ levels, onLevel }: LevelsSectionProps) => {
  const styles = useStyles();
  return (
    <div className={styles.levels}>
      {levels.map((level) => {
        const canonical = DEFAULT_LEVEL_STYLES[level.id].label;
        const fillOk = HEX.test(level.fill);
        return (
          <fieldset key={level.id} className={styles.level} data-level={level.id}>
            <legend className={styles.legend}>{`${canonical} level`}</legend>
            <Field label={`${canonical} level: label`} className={styles.wide}>
              <Input
                value={level.label}
                onChange={(_event, data) => onLevel(level.id, { label: data.value })}
              />
            </Field>
            <Field label={`${canonical} level: meaning`} className={styles.wide}>
              <Input
                value={level.meaning}
                onChange={(_event, data) => onLevel(level.id, { meaning: data.value })}
              />
            </Field>
            <Field label={`${canonical} level: glyph`} hint="Up to 4 characters">
              <Input
                value={level.glyph}
                onChange={(_event, data) => onLevel(level.id, { glyph: data.value })}
              />
            </Field>
            <Field
              label={`${canonical} level: fill colour`}
              validationState={fillOk ? "none" : "error"}
              validationMessage={
                fillOk ? undefined : "Write # and six hex digits, such as #D4351C."
              }
            >
              <Input
                value={level.fill}
                onChange={(_event, data) => {
                  // Text on the fill stays readable: the font colour follows a new fill (WCAG 1.4.3).
                  const fontColour = HEX.test(data.value) ? fontColourOn(data.value) : null;
                  onLevel(level.id, {
                    fill: data.value,
                    ...(fontColour !== null ? { fontColour } : {}),
                  });
                }}
              />
            </Field>
            <p
              className={`${styles.wide} ${styles.shown}`}
              data-testid={`level-swatch-${level.id}`}
            >
              Shown as <LevelSwatch fill={level.fill} glyph={level.glyph} label={level.label} />
            </p>
          </fieldset>
        );
      })}
    </div>
  );
};
