import { useCallback, useState } from "react";
import type { Result } from "../../../core/result";
import { useLatestRun } from "../../hooks/use-latest-run";
import type { OnRunProgress, RunProgress } from "../../progress/run-progress";
import { mappingFailureSentence } from "./use-mapping-load";

export type MappingTaskState<T> =
  | { status: "idle" }
  | { status: "busy"; progress: RunProgress | null }
  | { status: "done"; value: T }
  | { status: "failed"; message: string };

/**
 * One Preview or Save at a time: only the latest may update the view (a slow preview of an earlier
 * edit must not overwrite a later one), nothing may after the view has gone, and any edit clears the
 * answer (`clear`), which would otherwise describe a mapping no longer on screen.
 */
export const useMappingTask = <T>() => {
  const [state, setState] = useState<MappingTaskState<T>>({ status: "idle" });
  const runs = useLatestRun();

  const run = useCallback(
    async (
      work: (onProgress: OnRunProgress) => Promise<Result<T, string>>,
      label: string
    ): Promise<T | null> => {
      const thisRun = runs.start();
      setState({ status: "busy", progress: null });
      let next: MappingTaskState<T>;
      try {
        const result = await work((progress) => {
          if (thisRun.current()) setState({ status: "busy", progress });
        });
        next = result.ok
          ? { status: "done", value: result.value }
          : { status: "failed", message: result.error };
      } catch (error: unknown) {
        console.error(`Plan Tracker: ${label} failed`, error);
        next = { status: "failed", message: mappingFailureSentence(error) };
      }
      if (!thisRun.current()) return null;
      setState(next);
      return next.status === "done" ? next.value : null;
    },
    [runs]
  );

  const clear = useCallback(() => {
    runs.forget();
    setState((previous) => (previous.status === "idle" ? previous : { status: "idle" }));
  }, [runs]);

  return { state, run, clear };
};
