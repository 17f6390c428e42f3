import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost, officeGlobal } from "./host/detect-host";
import { viewFromQuery } from "./views/registry";

/**
 * Start-up (docs/TOOLCHAIN.md#office-js): office.js may be missing (blocked, offline, a plain browser tab), so the
 * global is guarded and onReady is bounded; inside Excel the pane talks to the workbook through
 * Office.js, anywhere else it opens the preview on a sample workbook. Each side's code is fetched
 * only on that side: Excel never downloads the preview (or exceljs), the preview never the Office.js gateway.
 */
const START_FAILED =
  "Plan Tracker could not start because part of it did not load; check your connection, then close and reopen the pane.";

const render = (container: HTMLElement, content: ReactElement) =>
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>{content}</FluentProvider>
    </StrictMode>
  );

const start = async () => {
  const container = document.getElementById("root");
  if (container === null) return;
  const mode = await detectHost(officeGlobal());
  const initialView = viewFromQuery(window.location.search);
  try {
    if (mode === "excel") {
      const { createExcelGateway } = await import(
        /* webpackChunkName: "excel" */ "../excel/excel-gateway"
      );
      render(
        container,
        <App gateway={createExcelGateway()} mode="excel" initialView={initialView} />
      );
    } else {
      const [{ PreviewShell }, { sampleFromQuery }] = await Promise.all([
        import(/* webpackChunkName: "preview" */ "./preview/PreviewShell"),
        import(/* webpackChunkName: "preview" */ "./preview/samples"),
      ]);
      render(
        container,
        <PreviewShell
          initialSample={sampleFromQuery(window.location.search)}
          initialView={initialView}
        />
      );
    }
  } catch (error: unknown) {
    console.error("Plan Tracker: start-up failed", error);
    // Kept inside a main landmark under the page's h1, as the start-up message was (taskpane.html).
    const main = document.createElement("main");
    main.className = "boot-message";
    const title = document.createElement("h1");
    title.textContent = "Plan Tracker";
    const sentence = document.createElement("p");
    sentence.textContent = START_FAILED;
    main.append(title, sentence);
    container.replaceChildren(main);
  }
};

void start();
