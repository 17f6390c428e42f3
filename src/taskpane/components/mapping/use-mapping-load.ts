import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import { UNEXPECTED_FAILURE } from "../../hooks/use-analysis";
import type { LoadedMapping } from "./mapping-engine";
import { MAPPING_ENGINE_UNAVAILABLE, MappingEngineUnavailable } from "./mapping-engine-loader";
import type { LoadMappingEngine } from "./mapping-engine-types";

export type MappingLoadState =
  | { status: "loading" }
  /** `read` counts the reads: a fresh read starts the editing afresh, a save does not. */
  | { status: "ready"; loaded: LoadedMapping; read: number }
  | { status: "failed"; message: string };

/** A thrown error is a bug or a failed download, never the person's fault; say which, never a stack trace. */
export const mappingFailureSentence = (error: unknown): string =>
  error instanceof MappingEngineUnavailable ? MAPPING_ENGINE_UNAVAILABLE : UNEXPECTED_FAILURE;

/**
 * Read what Plan Tracker understood of the workbook when the view opens, and again on request. Only
 * the latest read may update the view, and nothing may after the view has gone.
 */
export const useMappingLoad = (gateway: WorkbookGateway, load: LoadMappingEngine) => {
  const [state, setState] = useState<MappingLoadState>({ status: "loading" });
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    setState({ status: "loading" });
    let next: MappingLoadState;
    try {
      const read = await (await load()).loadMappingView(gateway);
      next = read.ok ? { status: "ready", loaded: read.value, read: mine } : { status: "failed", message: read.error.message };
    } catch (error: unknown) {
      console.error("Plan Tracker: reading the mapping failed", error);
      next = { status: "failed", message: mappingFailureSentence(error) };
    }
    if (mounted.current && mine === latest.current) setState(next);
  }, [gateway, load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** After a save: the workbook now stores exactly this mapping, without reading it again. */
  const markStored = useCallback(
    (loaded: LoadedMapping) => setState((previous) => ({ status: "ready", loaded, read: previous.status === "ready" ? previous.read : latest.current })),
    [],
  );

  return { state, reload, markStored };
};
