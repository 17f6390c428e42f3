import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { OutcomeMessage } from "../components/OutcomeMessage";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hand bytes to the browser as a file download; nothing is sent anywhere. */
const offerFile = (bytes: Uint8Array, name: string): void => {
  // A copy into a plain ArrayBuffer: a view over a shared or resizable buffer is no BlobPart.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: let it go once they have.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** The name the copy is saved under: the workbook's own, always ending .xlsx. */
export const downloadName = (name: string): string =>
  /\.xlsx$/i.test(name) ? name : `${name.replace(/\.[^.]*$/, "")}.xlsx`;

/**
 * Download .xlsx: the workbook as it now is in the preview (after Refresh RAG, a report, a mapping
 * saved or updates), saved by the browser to the person's own computer.
 */
export const DownloadButton = ({
  name,
  save,
}: {
  name: string;
  save: () => Promise<Uint8Array>;
}) => {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  return (
    <>
      <Button
        disabledFocusable={state === "busy"}
        onClick={() => {
          setState("busy");
          save().then(
            (bytes) => {
              offerFile(bytes, downloadName(name));
              setState("idle");
            },
            (error: unknown) => {
              console.error("Plan Tracker: could not save the workbook", error);
              setState("failed");
            }
          );
        }}
      >
        {state === "busy" ? "Preparing the .xlsx…" : "Download .xlsx"}
      </Button>
      {state === "failed" && (
        <OutcomeMessage
          intent="error"
          body={`Plan Tracker could not make ${downloadName(name)}; please try again.`}
        />
      )}
    </>
  );
};
