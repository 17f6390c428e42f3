import { FakeBag } from "./bag";
import type { RangeCells } from "./conditional-formats";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { contains, intersects } from "./grid";

/** Excel's inline list limit (XlsxWriter#562, exceljs#667; docs/EXCEL.md#data-validation). */
const INLINE_LIST_LIMIT = 255;

const checkListRule = (rule: unknown): void => {
  const where = "DataValidation.rule";
  if (
    typeof rule !== "object" ||
    rule === null ||
    Object.keys(rule).length !== 1 ||
    !("list" in rule)
  ) {
    throw new FakeOfficeError(
      "NotImplemented",
      "The fake models list validation rules only.",
      where
    );
  }
  const list = (rule as { list: unknown }).list;
  if (typeof list !== "object" || list === null)
    throw new FakeOfficeError("InvalidArgument", "A list rule needs a source.", where);
  const source = (list as Record<string, unknown>).source;
  if (typeof source !== "string" || source.trim() === "") {
    throw new FakeOfficeError("InvalidArgument", "A list rule needs a source.", where);
  }
  if (!source.startsWith("=") && source.length > INLINE_LIST_LIMIT) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "An inline list cannot be longer than 255 characters.",
      where
    );
  }
};

/**
 * Range.dataValidation (ExcelApi 1.8), list rules only. `type` is "List" when one rule covers the
 * whole range, "None" when no rule touches it, and "Inconsistent" otherwise, as Excel reports it;
 * ignoreBlanks, prompt and errorAlert belong to the rule that covers the range.
 */
export const dataValidation = (ctx: FakeContext, minApi: number, cells: RangeCells): FakeBag => {
  const refuseIfProtected = (where: string) => {
    if (cells.sheet().protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet.",
        where
      );
    }
  };
  const covering = () =>
    cells.sheet().dataValidations.find((dv) => contains(dv.area, cells.area()));
  /** A setting of the rule that covers the range: set after the rule (Excel needs a rule first). */
  const setting = (key: "ignoreBlanks" | "prompt" | "errorAlert", fallback: unknown) => ({
    get: () => covering()?.[key] ?? fallback,
    set: (value: unknown) => {
      refuseIfProtected(`DataValidation.${key}`);
      const rule = covering();
      if (!rule)
        throw new FakeOfficeError(
          "InvalidOperation",
          "Set a validation rule before its other settings.",
          `DataValidation.${key}`
        );
      if (key === "ignoreBlanks") {
        if (typeof value !== "boolean")
          throw new FakeOfficeError(
            "InvalidArgument",
            "ignoreBlanks must be true or false.",
            "DataValidation.ignoreBlanks"
          );
        rule.ignoreBlanks = value;
      } else rule[key] = value;
    },
  });
  return new FakeBag(ctx, {
    typeName: "DataValidation",
    minApi,
    present: cells.present,
    properties: {
      type: {
        get: () => {
          if (covering()) return "List";
          return cells.sheet().dataValidations.some((dv) => intersects(dv.area, cells.area()))
            ? "Inconsistent"
            : "None";
        },
      },
      ignoreBlanks: setting("ignoreBlanks", true),
      prompt: setting("prompt", { showPrompt: false, title: "", message: "" }),
      errorAlert: setting("errorAlert", { showAlert: true, style: "Stop", title: "", message: "" }),
      rule: {
        get: () => covering()?.rule ?? null,
        set: (rule) => {
          checkListRule(rule);
          refuseIfProtected("DataValidation.rule");
          const sheet = cells.sheet();
          const area = cells.area();
          if (
            sheet.dataValidations.some(
              (dv) => intersects(dv.area, area) && !contains(area, dv.area)
            )
          ) {
            // Excel will not lay one rule partly over another; the caller must clear() first.
            throw new FakeOfficeError(
              "InvalidOperation",
              "The range already has a different validation rule on some cells.",
              "DataValidation.rule"
            );
          }
          sheet.dataValidations = sheet.dataValidations.filter((dv) => !contains(area, dv.area));
          sheet.dataValidations.push({ area, rule });
        },
      },
    },
    methods: {
      clear: {
        apply: () => {
          refuseIfProtected("DataValidation.clear");
          const area = cells.area();
          const sheet = cells.sheet();
          sheet.dataValidations = sheet.dataValidations.filter((dv) => !intersects(dv.area, area));
        },
      },
    },
  });
};
