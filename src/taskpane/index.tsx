import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelGateway } from "../excel/excel-gateway";
import { App } from "./App";
import { detectHost, officeGlobal } from "./host/detect-host";
import { PreviewShell } from "./preview/PreviewShell";
import { sampleFromQuery } from "./preview/samples";
import { viewFromQuery } from "./views/registry";

/**
 * Start-up (ECOSYSTEM §5): office.js may be missing (blocked, offline, a plain browser tab), so the
 * global is guarded and onReady is bounded; inside Excel the pane talks to the workbook through
 * Office.js, anywhere else it opens the preview on a sample workbook.
 */
const start = async () => {
  const container = document.getElementById("root");
  if (container === null) return;
  const mode = await detectHost(officeGlobal());
  const initialView = viewFromQuery(window.location.search);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        {mode === "excel" ? (
          <App gateway={createExcelGateway()} mode="excel" initialView={initialView} />
        ) : (
          <PreviewShell initialSample={sampleFromQuery(window.location.search)} initialView={initialView} />
        )}
      </FluentProvider>
    </StrictMode>,
  );
};

void start();
