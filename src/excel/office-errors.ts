import type { GatewayError, GatewayErrorKind } from "../core/gateway";
import { describeError } from "./describe-error";

/**
 * The one place OfficeExtension.Error codes become GatewayErrors (docs/EXCEL.md#conventions): one plain sentence
 * each, saying what happened and what to do, never a stack trace or Excel's internal wording.
 */
interface Translation {
  kind: GatewayErrorKind;
  message: string;
}

const TRANSLATIONS: Record<string, Translation> = {
  InvalidArgument: {
    kind: "host-error",
    message:
      "Excel did not accept a change Plan Tracker tried to make, so it stopped; please run the check again and report it if this keeps happening.",
  },
  ItemNotFound: {
    kind: "changed-since-read",
    message:
      "A sheet or range Plan Tracker expected is no longer in the workbook (it may have been renamed or deleted); please run the check again.",
  },
  AccessDenied: {
    kind: "read-only",
    message:
      "Excel refused the change because the workbook or sheet is read-only or protected; unprotect it or save a copy you can edit, then try again.",
  },
  InsertDeleteConflict: {
    kind: "changed-since-read",
    message:
      "Rows or columns were inserted or deleted while Plan Tracker was working; please run the check again before writing.",
  },
  Conflict: {
    kind: "changed-since-read",
    message:
      "Someone else changed the workbook at the same time; please run the check again before writing.",
  },
  RequestPayloadSizeLimitExceeded: {
    kind: "too-large",
    message:
      "The change was too large for Excel on the web to accept in one go; please try again, and report it if it keeps happening.",
  },
  ResponsePayloadSizeLimitExceeded: {
    kind: "too-large",
    message:
      "The workbook is too large for Excel on the web to hand over in one go; remove unused rows and columns around the plan and try again.",
  },
  OperationCellsExceedLimit: {
    kind: "too-large",
    message:
      "The change touches more cells than Excel allows in one operation; remove unused rows and columns around the plan and try again.",
  },
  ApiNotFound: {
    kind: "unsupported",
    message:
      "This version of Excel does not have a feature Plan Tracker needs; updating Office, or using Excel on the web, should fix this.",
  },
  InvalidOperationInCellEditMode: {
    kind: "busy",
    message:
      "Excel is busy while a cell is being edited; press Enter or Esc to finish editing the cell, then try again.",
  },
  ActivityLimitReached: {
    kind: "busy",
    message:
      "Excel is busy and asked Plan Tracker to slow down; please wait a moment and try again.",
  },
  RequestAborted: {
    kind: "busy",
    message: "Excel stopped the request before it finished; please try again.",
  },
  GeneralException: {
    // Older builds reported an oversized payload this way (OfficeDev/office-js#1012).
    kind: "host-error",
    message:
      "Excel reported an internal error; please try again, and if it keeps happening the workbook may be too large for this version of Excel.",
  },
  UnsupportedSheet: {
    kind: "unsupported",
    message:
      "Plan Tracker cannot work on this kind of sheet (for example a chart sheet or a macro sheet).",
  },
};

const UNKNOWN: Translation = {
  kind: "host-error",
  message:
    "Plan Tracker hit an unexpected problem while talking to Excel; please try again, and report it if it keeps happening.",
};

export const officeErrorCode = (error: unknown): string | null => describeError(error).code;

/** Map any thrown value to a GatewayError; `sheet` names where it happened, when the caller knows. */
export const toGatewayError = (error: unknown, sheet?: string): GatewayError => {
  const code = officeErrorCode(error);
  const translation = (code !== null ? TRANSLATIONS[code] : undefined) ?? UNKNOWN;
  return sheet === undefined ? { ...translation } : { ...translation, sheet };
};

/** Excel on the web's 5 MB limits; older builds said GeneralException instead (docs/EXCEL.md#limits). */
export const isPayloadLimitError = (error: unknown): boolean => {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
};
