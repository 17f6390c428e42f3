import { useCallback, useState } from "react";
import type { WorkbookGateway } from "../../core/gateway";

export interface GoToCell {
  /** Why the last "go to" did not get there, in one sentence; null when it did (or none was asked). */
  selectError: string | null;
  /** Select a cell; `couldNot` is said if the host throws (a bug, so the person is told to find it by hand). */
  goTo(sheet: string, address: string, couldNot?: string): Promise<void>;
}

/**
 * Taking the person to a cell from an issue, a rating or the report: the gateway's own sentence when
 * it refuses (a sheet deleted since the run), one plain sentence when it throws, never a stack trace.
 */
export const useGoToCell = (gateway: WorkbookGateway): GoToCell => {
  const [selectError, setSelectError] = useState<string | null>(null);
  const goTo = useCallback(
    async (
      sheet: string,
      address: string,
      couldNot = `Plan Tracker could not go to ${sheet}!${address}; please find the cell by hand.`
    ) => {
      setSelectError(null);
      try {
        const selected = await gateway.select(sheet, address);
        if (!selected.ok) setSelectError(selected.error.message);
      } catch (error: unknown) {
        console.error("Plan Tracker: select failed", error);
        setSelectError(couldNot);
      }
    },
    [gateway]
  );
  return { selectError, goTo };
};
