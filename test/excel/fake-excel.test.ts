/** @jest-environment node */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read unloaded and unsynced properties on purpose, to prove the fake throws as Excel does. */
import { installFakeExcel, type FakeExcel } from "./fake-excel";

/** The Office error code a call throws, or "none". */
const codeOf = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    return (error as { code?: string }).code ?? "not an Office error";
  }
  return "none";
};

const rejectionCode = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "not an Office error";
  }
  return "none";
};

const planSheet = {
  name: "Actions",
  topLeft: "B2",
  values: [
    ["Ref", "Action", "Due"],
    ["1.1", "Recruit social workers", 45000],
    ["1.2", "Audit case files", 45100],
  ],
  numberFormats: { D3: "dd/mm/yyyy" },
  fills: { C3: "#D4351C" },
  merges: ["B5:D5"],
};

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

describe("load and sync are enforced like Office.js", () => {
  beforeEach(() => {
    fake = installFakeExcel({ sheets: [planSheet] });
  });

  it("throws PropertyNotLoaded for a property never loaded, and for one loaded but not yet synced", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("B2:D4");
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values");
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      expect(codeOf(() => range.numberFormat)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values[1]).toEqual(["1.1", "Recruit social workers", 45000]);
      expect(codeOf(() => range.numberFormat)).toBe("PropertyNotLoaded");
    });
  });

  it("accepts the string, array and object forms of load", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Actions");
      const a = sheet.getRange("D3").load("values, numberFormat");
      const b = sheet.getRange("D3").load(["values", "numberFormat"]);
      const c = sheet.getRange("D3").load({ values: true, numberFormat: true });
      const d = sheet.getRange("D3").load({ select: "values,numberFormat" });
      await context.sync();
      for (const range of [a, b, c, d]) {
        expect(range.values).toEqual([[45000]]);
        expect(range.numberFormat).toEqual([["dd/mm/yyyy"]]);
      }
    });
  });

  it("queues writes until sync and runs them in order, so a later load in the batch sees them", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("B3");
      range.values = [["first"]];
      range.values = [["second"]];
      range.load("values");
      expect(fake.value("Actions", "B3")).toBe("1.1");
      await context.sync();
      expect(fake.value("Actions", "B3")).toBe("second");
      expect(range.values).toEqual([["second"]]);
    });
  });

  it("treats null in a values array as 'leave the cell', as Office.js does, and \"\" as empty", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Actions").getRange("B3:C3").values = [[null, ""]];
      await context.sync();
    });
    expect(fake.value("Actions", "B3")).toBe("1.1");
    expect(fake.value("Actions", "C3")).toBe("");
  });

  it("turns number-like text into numbers as Excel does, unless prefixed with ' or formatted as text", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Actions");
      sheet.getRange("F1:F2").numberFormat = [["General"], ["@"]];
      sheet.getRange("E1:E3").values = [["1.10"], ["'1.10"], ["true"]];
      sheet.getRange("F1:F2").values = [["007"], ["007"]];
      await context.sync();
    });
    expect([
      fake.value("Actions", "E1"),
      fake.value("Actions", "E2"),
      fake.value("Actions", "E3"),
    ]).toEqual([1.1, "1.10", true]);
    expect([fake.value("Actions", "F1"), fake.value("Actions", "F2")]).toEqual([7, "007"]);
  });

  it("rejects a values array whose shape differs from the range", async () => {
    const code = await rejectionCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Actions").getRange("B3:C3").values = [["only one"]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  it("ends Excel.run with a sync when actions are still queued, and records its options", async () => {
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Actions").getRange("B3").values = [["written"]];
    });
    expect(fake.value("Actions", "B3")).toBe("written");
    expect(fake.stats.syncs).toBe(1);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });
});

describe("collections and null objects", () => {
  beforeEach(() => {
    fake = installFakeExcel({
      sheets: [
        planSheet,
        { name: "Hidden lists", visibility: "Hidden", protected: true },
        { name: "Blank" },
      ],
    });
  });

  it("loads worksheet items with navigation paths", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(codeOf(() => sheets.items)).toBe("PropertyNotLoaded");
      sheets.load("items/name, items/visibility, items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.protection.protected])).toEqual([
        ["Actions", "Visible", false],
        ["Hidden lists", "Hidden", true],
        ["Blank", "Visible", false],
      ]);
      expect(codeOf(() => sheets.items[0].position)).toBe("PropertyNotLoaded");
    });
  });

  it("fails the sync with ItemNotFound for getItem of a missing sheet", async () => {
    const code = await rejectionCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
  });

  it("answers getItemOrNullObject with isNullObject, readable only after sync", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("actions");
      expect(codeOf(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("gives the used range's position, and a null object for a blank sheet", async () => {
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Actions").getUsedRangeOrNullObject(true);
      used.load("address, rowCount, columnCount, rowIndex, columnIndex");
      const blank = context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.isNullObject).toBe(false);
      expect([
        used.address,
        used.rowCount,
        used.columnCount,
        used.rowIndex,
        used.columnIndex,
      ]).toEqual(["Actions!B2:D4", 3, 3, 1, 1]);
      expect(blank.isNullObject).toBe(true);
    });
  });

  it("includes formatting in the used range unless valuesOnly", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Actions");
      const withFormats = sheet.getUsedRange(false).load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(valuesOnly.address).toBe("Actions!B2:D4");
      // The merged B5:D5 is formatting, so it counts unless valuesOnly.
      expect(withFormats.address).toBe("Actions!B2:D5");
    });
  });

  it("adds sheets, refusing a duplicate name", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Board report").getRange("A1").values = [["Title"]];
      await context.sync();
    });
    expect(fake.value("Board report", "A1")).toBe("Title");
    const code = await rejectionCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("board REPORT");
        await context.sync();
      })
    );
    expect(code).toBe("ItemAlreadyExists");
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const code = await rejectionCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Hidden lists").getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(code).toBe("AccessDenied");
    expect(fake.value("Hidden lists", "A1")).toBe("");
  });

  it("reports merged areas (ExcelApi 1.13)", async () => {
    await Excel.run(async (context) => {
      const merged = context.workbook.worksheets
        .getItem("Actions")
        .getRange("A1:H20")
        .getMergedAreasOrNullObject();
      merged.load("address");
      const none = context.workbook.worksheets
        .getItem("Actions")
        .getRange("B2:D4")
        .getMergedAreasOrNullObject();
      await context.sync();
      expect(merged.address).toBe("Actions!B5:D5");
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("cell properties, formats, validation and stored settings", () => {
  beforeEach(() => {
    fake = installFakeExcel({
      sheets: [planSheet],
      settings: { "plan-tracker.layout": "bcp" },
      customXmlParts: ['<settings xmlns="urn:test"><a/></settings>'],
    });
  });

  it("reads fills with getCellProperties ('#FFFFFF' for none) and paints them with setCellProperties", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("C3:C4");
      const before = range.getCellProperties({ format: { fill: { color: true } } });
      expect(codeOf(() => before.value)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(before.value.map((row) => row[0].format?.fill?.color)).toEqual(["#D4351C", "#FFFFFF"]);
      range.setCellProperties([[{ format: { fill: { color: "#00703C" } } }], [{}]]);
      await context.sync();
    });
    expect(fake.fill("Actions", "C3")).toBe("#00703C");
    expect(fake.fill("Actions", "C4")).toBe("#FFFFFF");
  });

  it("adds a custom conditional format and clears them all", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("C3:C4");
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=$C3="Red"';
      cf.custom.format.fill.color = "#D4351C";
      await context.sync();
      expect(fake.sheet("Actions").conditionalFormats).toMatchObject([
        { type: "Custom", formula: '=$C3="Red"', fill: "#D4351C" },
      ]);
      range.conditionalFormats.clearAll();
      await context.sync();
      expect(fake.sheet("Actions").conditionalFormats).toEqual([]);
    });
  });

  it("lists conditional formats as Excel does: custom only on a custom rule (customOrNullObject otherwise null), ranges by getRanges or getRangeOrNullObject, priorities renumbered", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Actions");
      const custom = sheet
        .getRanges("C3, C5")
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = "=C3>1";
      custom.custom.format.fill.color = "#D4351C";
      sheet.getRange("D3").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      await context.sync();
      const formats = sheet
        .getRange()
        .conditionalFormats.load(
          "items/type, items/priority, items/customOrNullObject/rule/formula"
        );
      await context.sync();
      const [bar, rule] = formats.items;
      expect([bar.type, bar.priority, bar.customOrNullObject.isNullObject]).toEqual([
        "DataBar",
        0,
        true,
      ]);
      expect([
        rule.type,
        rule.priority,
        rule.customOrNullObject.isNullObject,
        rule.customOrNullObject.rule.formula,
      ]).toEqual(["Custom", 1, false, "=C3>1"]);
      const many = rule.getRanges().load("address");
      const one = rule.getRangeOrNullObject().load("address");
      const single = bar.getRangeOrNullObject().load("address");
      await context.sync();
      expect(many.address).toBe("Actions!C3,Actions!C5");
      expect(one.isNullObject).toBe(true);
      expect([single.isNullObject, single.address]).toEqual([false, "Actions!D3"]);
      // Reading `custom` of a data bar fails the whole sync, as in Excel.
      bar.custom.rule.load("formula");
      expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    });
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Actions")
        .getRange()
        .conditionalFormats.load("items/priority");
      await context.sync();
      formats.items[1].priority = 0;
      await context.sync();
    });
    expect(
      [...fake.sheet("Actions").conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => [cf.type, cf.priority])
    ).toEqual([
      ["Custom", 0],
      ["DataBar", 1],
    ]);
  });

  it("sets and clears list validation, rejecting an inline list over 255 characters", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("C3:C4");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$B$2:$B$6" } };
      await context.sync();
      expect(fake.sheet("Actions").dataValidations).toHaveLength(1);
      range.dataValidation.clear();
      await context.sync();
      expect(fake.sheet("Actions").dataValidations).toHaveLength(0);
    });
    const code = await rejectionCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Actions").getRange("C3").dataValidation.rule = {
          list: { inCellDropDown: true, source: "x,".repeat(200) },
        };
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  it("stores settings and custom XML parts", async () => {
    await Excel.run(async (context) => {
      const existing = context.workbook.settings
        .getItemOrNullObject("plan-tracker.layout")
        .load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nothing");
      context.workbook.settings.add("plan-tracker.period", "2024-Q3");
      const part = context.workbook.customXmlParts
        .getByNamespace("urn:test")
        .getOnlyItemOrNullObject();
      await context.sync();
      expect(existing.value).toBe("bcp");
      expect(missing.isNullObject).toBe(true);
      expect(part.isNullObject).toBe(false);
      const xml = part.getXml();
      await context.sync();
      expect(xml.value).toContain("urn:test");
    });
    expect(fake.store.settings.get("plan-tracker.period")).toBe("2024-Q3");
  });

  it("selects a range and activates its sheet, and counts untrack()", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("C4");
      range.select();
      range.untrack();
      await context.sync();
    });
    expect(fake.store.selection).toEqual({ sheet: "Actions", address: "Actions!C4" });
    expect(fake.stats.untracked).toBe(1);
  });

  it("clears values, formats and fills", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Actions").getRange("B2:D4").clear();
      await context.sync();
    });
    expect([
      fake.value("Actions", "B3"),
      fake.numberFormat("Actions", "D3"),
      fake.fill("Actions", "C3"),
    ]).toEqual(["", "General", "#FFFFFF"]);
  });
});

describe("Excel's limits", () => {
  it("rejects one sync over 5 MB of request: 10,000 single-cell writes, but not the same values as one block", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Data" }] });
    const code = await rejectionCode(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        for (let row = 1; row <= 10_000; row += 1)
          sheet.getRange(`A${row}`).values = [[`value ${row}`]];
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.value("Data", "A1")).toBe("");
    await Excel.run(async (context) => {
      const values = Array.from({ length: 10_000 }, (_, i) => [`value ${i + 1}`]);
      context.workbook.worksheets.getItem("Data").getRange("A1:A10000").values = values;
      await context.sync();
    });
    expect(fake.value("Data", "A10000")).toBe("value 10000");
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("rejects a response over 5 MB on the web, but not on desktop", async () => {
    const wide = Array.from({ length: 20_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `cell ${r}-${c} with some text`)
    );
    const readAll = () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:J20000").load("values");
        await context.sync();
      });
    fake = installFakeExcel({ sheets: [{ name: "Big", values: wide }] });
    expect(await rejectionCode(readAll())).toBe("ResponsePayloadSizeLimitExceeded");
    fake.uninstall();
    fake = installFakeExcel({ sheets: [{ name: "Big", values: wide }] }, { platform: "desktop" });
    expect(await rejectionCode(readAll())).toBe("none");
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("returns null values for a read over 5,000,000 cells instead of throwing", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Sparse", values: [["top"]] }] });
    await Excel.run(async (context) => {
      const huge = context.workbook.worksheets
        .getItem("Sparse")
        .getRange("A1:Z200000")
        .load("values");
      const fine = context.workbook.worksheets.getItem("Sparse").getRange("A1:B2").load("values");
      await context.sync();
      expect(huge.values).toBeNull();
      expect(fine.values).toEqual([
        ["top", ""],
        ["", ""],
      ]);
    });
  });

  it("reads null from an unbounded range and refuses to write values to one", async () => {
    fake = installFakeExcel({ sheets: [planSheet] });
    await Excel.run(async (context) => {
      const columns = context.workbook.worksheets.getItem("Actions").getRange("A:F").load("values");
      await context.sync();
      expect(columns.values).toBeNull();
    });
    const code = await rejectionCode(
      Excel.run(async (context) => {
        // One value for the whole range is allowed by Excel (the typings only describe the 2D form).
        const column = context.workbook.worksheets
          .getItem("Actions")
          .getRange("C:C") as unknown as { values: unknown };
        column.values = "x";
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("requirement sets", () => {
  it("answers isSetSupported from the configured version", () => {
    fake = installFakeExcel({ sheets: [] }, { apiVersion: "1.7" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(fake.isSetSupportedCalls).toBe(3);
  });

  const gated: [string, string, (context: Excel.RequestContext) => void][] = [
    [
      "setCellProperties",
      "1.8",
      (c) =>
        c.workbook.worksheets
          .getItem("Actions")
          .getRange("B2")
          .setCellProperties([[{ format: { fill: { color: "#FF0000" } } }]]),
    ],
    [
      "getCellProperties",
      "1.8",
      (c) =>
        void c.workbook.worksheets
          .getItem("Actions")
          .getRange("B2")
          .getCellProperties({ format: { fill: { color: true } } }),
    ],
    [
      "conditionalFormats",
      "1.5",
      (c) =>
        void c.workbook.worksheets
          .getItem("Actions")
          .getRange("B2")
          .conditionalFormats.add(Excel.ConditionalFormatType.custom),
    ],
    [
      "dataValidation",
      "1.7",
      (c) =>
        (c.workbook.worksheets.getItem("Actions").getRange("B2").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a,b" },
        }),
    ],
    ["customXmlParts", "1.4", (c) => void c.workbook.customXmlParts.add("<a/>")],
    [
      "getMergedAreasOrNullObject",
      "1.12",
      (c) =>
        void c.workbook.worksheets.getItem("Actions").getRange("B2").getMergedAreasOrNullObject(),
    ],
    [
      "suspendScreenUpdatingUntilNextSync",
      "1.8",
      (c) => c.application.suspendScreenUpdatingUntilNextSync(),
    ],
    [
      "suspendApiCalculationUntilNextSync",
      "1.5",
      (c) => c.application.suspendApiCalculationUntilNextSync(),
    ],
    ["enableEvents", "1.7", (c) => (c.runtime.enableEvents = false)],
    [
      "getRangeByIndexes",
      "1.6",
      (c) =>
        void c.workbook.worksheets.getItem("Actions").getRangeByIndexes(0, 0, 1, 1).load("values"),
    ],
  ];

  it.each(gated)("%s throws ApiNotFound at sync on ExcelApi %s", async (_name, version, call) => {
    fake = installFakeExcel({ sheets: [planSheet] }, { apiVersion: version });
    const code = await rejectionCode(
      Excel.run(async (context) => {
        call(context);
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
  });

  it.each(gated)("%s works one version higher", async (_name, version, call) => {
    const [major, minor] = version.split(".").map(Number);
    fake = installFakeExcel({ sheets: [planSheet] }, { apiVersion: `${major}.${minor + 1}` });
    const code = await rejectionCode(
      Excel.run(async (context) => {
        call(context);
        await context.sync();
      })
    );
    expect(code).toBe("none");
  });
});

describe("accounting", () => {
  it("counts syncs, proxies and bytes per sync, and injected failures", async () => {
    fake = installFakeExcel({ sheets: [planSheet] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Actions").getRange("B2:D4").load("values");
      await context.sync();
      expect(range.values).toHaveLength(3);
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.proxies).toBe(2);
    expect(fake.stats.perSync[0].responseBytes).toBeGreaterThan(
      JSON.stringify(planSheet.values).length
    );
    expect(fake.stats.perSync[1]).toEqual({ requestBytes: 0, responseBytes: 0, calls: [] });
    fake.failNextSync("GeneralException");
    expect(await rejectionCode(Excel.run(async (context) => context.sync()))).toBe(
      "GeneralException"
    );
  });
});
