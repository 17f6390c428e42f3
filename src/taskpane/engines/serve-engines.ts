import { loadMappingView, previewEffect, saveMapping } from "../components/mapping/mapping-engine";
import { rate, recordPeriod, refresh } from "../components/rag/rag-engine";
import { generate, listMeasures } from "../components/report/report-engine";
import { analysePane } from "../hooks/analyse-engine";
import type { EngineCalls, GatewayCalls } from "./engine-protocol";
import { remoteGateway } from "./remote-gateway";
import { connect } from "./rpc/connect";
import type { MessageEndpoint } from "./rpc/message-endpoint";
import type { Caller } from "./rpc/procedure";

/**
 * The worker's side: runs each engine exactly as the pane would run it in its own thread, over a
 * gateway that asks the page for every read and write, and reports its phases back as it goes.
 * The engines' code is the same modules the in-thread fallback loads, so both give the same answers.
 */
export const serveEngines = (port: MessageEndpoint): void => {
  const page: Caller<GatewayCalls> = connect<EngineCalls, GatewayCalls>(port, {
    ready: async () => true,
    analyse: ({ gateway }, report) => analysePane(remoteGateway(page, gateway), undefined, report),
    "rag.rate": ({ gateway, request }, report) => rate(remoteGateway(page, gateway), request, report),
    "rag.refresh": ({ gateway, request }, report) => refresh(remoteGateway(page, gateway), request, report),
    "rag.recordPeriod": ({ gateway, request }, report) => recordPeriod(remoteGateway(page, gateway), request, report),
    "report.generate": ({ gateway, request }, report) => generate(remoteGateway(page, gateway), request, report),
    "report.listMeasures": ({ gateway, request }, report) => listMeasures(remoteGateway(page, gateway), request, report),
    "mapping.load": ({ gateway }, report) => loadMappingView(remoteGateway(page, gateway), undefined, report),
    "mapping.preview": ({ gateway, request }, report) => previewEffect(remoteGateway(page, gateway), request, report),
    "mapping.save": ({ gateway, request }, report) => saveMapping(remoteGateway(page, gateway), request, report),
  });
};
