/** @jest-environment node */
import { changedSinceRunSentence, undoneSentence } from "../../../src/core/undo/undo-sentences";

const RUN = "Refresh RAG as of 31 Jan 2023";

describe("what Undo last run says", () => {
  it.each<[number, number, string]>([
    [42, 3, `Put back 42 cells as they were before '${RUN}'.`],
    [1, 0, `Put back 1 cell as it was before '${RUN}'.`],
    [12_345, 0, `Put back 12,345 cells as they were before '${RUN}'.`],
    [
      0,
      6,
      `Removed the highlighting and dropdowns '${RUN}' added; no cell values needed putting back.`,
    ],
    [0, 0, `'${RUN}' is undone; it had changed nothing that needed putting back.`],
  ])("%i cells and %i rules", (restored, removed, sentence) => {
    expect(undoneSentence(restored, RUN, removed)).toBe(sentence);
  });

  it("names at most five cells a co-author changed, then how many more", () => {
    const cells = ["Plan!E2", "Plan!E3", "Plan!E4", "Plan!E5", "Plan!E6", "Plan!E7", "Plan!E8"];
    expect(changedSinceRunSentence(cells, RUN)).toBe(
      `7 cells have changed since '${RUN}' wrote them (Plan!E2, Plan!E3, Plan!E4, Plan!E5, Plan!E6 and 2 more), so Undo last run put nothing back rather than overwrite that later edit; change them back by hand if you still want the earlier values.`
    );
  });
});
