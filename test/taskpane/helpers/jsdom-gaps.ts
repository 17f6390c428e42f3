/**
 * Browser APIs the pane relies on that jsdom 26 lacks. Every browser the pane supports (WebView2,
 * WKWebView, current Chromium/Firefox/Safari) has them; these stand-ins only let the tests run.
 */

/** Fluent's MessageBar (reflow) and the sheet grid observe sizes; nothing is ever resized here. */
class SilentResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = SilentResizeObserver;
}

/** The preview reads a picked file with File.arrayBuffer(); jsdom's Blob has only FileReader. */
if (typeof Blob !== "undefined" && typeof Blob.prototype.arrayBuffer !== "function") {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

export {};
