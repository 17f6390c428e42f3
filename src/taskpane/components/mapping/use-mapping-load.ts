import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import { UNEXPECTED_FAILURE } from "../../hooks/use-analysis";
import { useLatestRun } from "../../hooks/use-latest-run";
import type { RunProgress } from "../../progress/run-progress";
import type { LoadedMapping } from "../../engines/mapping";
import { EnginesUnavailable } from "../../engines/load-engines";
import type { LoadMappingEngine } from "./mapping-engine-types";

export type MappingLoadState =
  | { status: "loading"; progress: RunProgress | null }
  /** `read` counts the reads: a fresh read starts the editing afresh, a save does not. */
  | { status: "ready"; loaded: LoadedMapping; read: number }
  | { status: "failed"; message: string };

/** Said when the mapping code itself cannot be fetched (a dropped connection to the add-in's web server). */
export const MAPPING_ENGINE_UNAVAILABLE =
  "Plan Tracker could not load the code that reads and saves mappings; check your connection, then close and reopen the pane.";

/** A thrown error is a bug or a failed download, never the person's fault; say which, never a stack trace. */
export const mappingFailureSentence = (error: unknown): string =>
  error instanceof EnginesUnavailable ? MAPPING_ENGINE_UNAVAILABLE : UNEXPECTED_FAILURE;

/**
 * Read what Plan Tracker understood of the workbook when the view opens, and again on request. Only
 * the latest read may update the view, and nothing may after the view has gone.
 */
export const useMappingLoad = (gateway: WorkbookGateway, load: LoadMappingEngine) => {
  const [state, setState] = useState<MappingLoadState>({ status: "loading", progress: null });
  const runs = useLatestRun();
  // Reads so far: a fresh read starts the editing afresh (the editor's key), a save does not.
  const reads = useRef(0);

  const reload = useCallback(async () => {
    const thisRead = runs.start();
    const read = ++reads.current;
    setState({ status: "loading", progress: null });
    let next: MappingLoadState;
    try {
      const loaded = await (
        await load()
      ).loadMappingView(gateway, undefined, (progress) => {
        if (thisRead.current()) setState({ status: "loading", progress });
      });
      next = loaded.ok
        ? { status: "ready", loaded: loaded.value, read }
        : { status: "failed", message: loaded.error.message };
    } catch (error: unknown) {
      console.error("Plan Tracker: reading the mapping failed", error);
      next = { status: "failed", message: mappingFailureSentence(error) };
    }
    if (thisRead.current()) setState(next);
  }, [gateway, load, runs]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** After a save: the workbook now stores exactly this mapping, without reading it again. */
  const markStored = useCallback(
    (loaded: LoadedMapping) =>
      setState((previous) => ({
        status: "ready",
        loaded,
        read: previous.status === "ready" ? previous.read : reads.current,
      })),
    []
  );

  return { state, reload, markStored };
};
