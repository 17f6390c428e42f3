import type { MappingRatings } from "../../mapping/mapping";

/** Where Plan Tracker's own ratings go (the mapping's `ratings.calculated`). */
export type CalculatedPlacement = NonNullable<MappingRatings["calculated"]>;

/** The mapping's `ratings`, every option decided. */
export interface RatingsSetting {
  calculated: CalculatedPlacement;
  fillEmptyOwnerCells: boolean;
}

/**
 * The owners' RAG column is theirs (docs/HISTORY.md#issue-11-1): unless a council says otherwise, Plan Tracker's
 * rating goes in a column of its own beside theirs, and no owner cell is touched, empty or not.
 */
export const DEFAULT_RATINGS_SETTING: RatingsSetting = {
  calculated: "column",
  fillEmptyOwnerCells: false,
};

export const ratingsSetting = (given: MappingRatings | undefined): RatingsSetting => ({
  calculated: given?.calculated ?? DEFAULT_RATINGS_SETTING.calculated,
  fillEmptyOwnerCells: given?.fillEmptyOwnerCells ?? DEFAULT_RATINGS_SETTING.fillEmptyOwnerCells,
});
