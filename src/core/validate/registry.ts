import type { ValidationRule } from "./rule";
import { actionDuplicate } from "./rules/action-duplicate";
import { blankLabel } from "./rules/blank-label";
import { blankRow } from "./rules/blank-row";
import { constraintError } from "./rules/constraint-error";
import { continuationRow } from "./rules/continuation-row";
import { dateAmbiguous } from "./rules/date-ambiguous";
import { dateInvalid } from "./rules/date-invalid";
import { dateMultiple } from "./rules/date-multiple";
import { dateNoYear } from "./rules/date-no-year";
import { dateSerialZero } from "./rules/date-serial-zero";
import { dotWithoutData } from "./rules/dot-without-data";
import { duplicateLabel } from "./rules/duplicate-label";
import { duplicateRow } from "./rules/duplicate-row";
import { extraCell } from "./rules/extra-cell";
import { foreignKey } from "./rules/foreign-key";
import { glyphMismatch } from "./rules/glyph-mismatch";
import { htmlInCell } from "./rules/html-in-cell";
import { incorrectLabel } from "./rules/incorrect-label";
import { legendIncomplete } from "./rules/legend-incomplete";
import { measurePlaceholder } from "./rules/measure-placeholder";
import { missingLabel } from "./rules/missing-label";
import { ownerMissing } from "./rules/owner-missing";
import { ownerMultiple } from "./rules/owner-multiple";
import { ownerNotPerson } from "./rules/owner-not-person";
import { ownerPlaceholder } from "./rules/owner-placeholder";
import { ownerPunctuation } from "./rules/owner-punctuation";
import { ownerVariant } from "./rules/owner-variant";
import { pageText } from "./rules/page-text";
import { percentFormat } from "./rules/percent-format";
import { placeholderRow } from "./rules/placeholder-row";
import { placeholderText } from "./rules/placeholder-text";
import { polarityMissing } from "./rules/polarity-missing";
import { ratingColumnEmpty } from "./rules/rating-column-empty";
import { ratingZero } from "./rules/rating-zero";
import { refFormat } from "./rules/ref-format";
import { refGap } from "./rules/ref-gap";
import { rowShifted } from "./rules/row-shifted";
import { seriesConstant } from "./rules/series-constant";
import { statusMissing } from "./rules/status-missing";
import { targetInName } from "./rules/target-in-name";
import { targetMissing } from "./rules/target-missing";
import { textNormalise } from "./rules/text-normalise";
import { timescaleApprox } from "./rules/timescale-approx";
import { timescaleMissing } from "./rules/timescale-missing";
import { timescaleOpen } from "./rules/timescale-open";
import { timescaleUnparseable } from "./rules/timescale-unparseable";
import { totalMismatch } from "./rules/total-mismatch";
import { twoDigitYear } from "./rules/two-digit-year";
import { typeError } from "./rules/type-error";
import { uniqueError } from "./rules/unique-error";
import { valueInNotes } from "./rules/value-in-notes";
import { ytdMismatch } from "./rules/ytd-mismatch";
import { excelError } from "./rules/excel-error";
import { noPlanFound } from "./rules/no-plan-found";
import { formulaUncalculated } from "./rules/formula-uncalculated";

/** The rule catalogue (docs/RULES.md), in the catalogue's order. Each rule lives in its own file. */
export const RULES: readonly ValidationRule[] = [
  missingLabel,
  incorrectLabel,
  duplicateLabel,
  blankLabel,
  extraCell,
  blankRow,
  duplicateRow,
  uniqueError,
  refGap,
  refFormat,
  foreignKey,
  continuationRow,
  placeholderRow,
  rowShifted,
  pageText,
  htmlInCell,
  textNormalise,
  ownerMissing,
  ownerMultiple,
  ownerNotPerson,
  ownerVariant,
  ownerPlaceholder,
  ownerPunctuation,
  timescaleMissing,
  timescaleUnparseable,
  timescaleOpen,
  timescaleApprox,
  twoDigitYear,
  dateAmbiguous,
  dateInvalid,
  dateNoYear,
  dateMultiple,
  dateSerialZero,
  actionDuplicate,
  statusMissing,
  constraintError,
  ratingZero,
  ratingColumnEmpty,
  glyphMismatch,
  legendIncomplete,
  totalMismatch,
  typeError,
  percentFormat,
  valueInNotes,
  measurePlaceholder,
  ytdMismatch,
  targetMissing,
  targetInName,
  polarityMissing,
  seriesConstant,
  dotWithoutData,
  placeholderText,
  excelError,
  noPlanFound,
  formulaUncalculated,
];
