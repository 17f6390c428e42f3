import * as fs from "fs";
import * as path from "path";

/**
 * Structure of manifest.xml (docs/TOOLCHAIN.md#manifest), checked here as well as by xmllint against the old
 * schemas (scripts/validate-manifest.sh), because the schemas predate 2020 and are not always present.
 */
const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const all = (name: string): Element[] =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);
const one = (name: string): Element => {
  const found = all(name);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
};
const text = (name: string): string => (one(name).textContent ?? "").trim();
const xsiType = (element: Element): string | null => element.getAttributeNS(XSI, "type");

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string): { width: number; height: number } => {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

const { rewriteManifest } = require("../../webpack.config.js") as {
  rewriteManifest: (content: string | Buffer, baseUrl: string) => string;
};

describe("manifest.xml", () => {
  it("is well-formed XML for a task pane add-in", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
  });

  it("has a GUID Id, an n.n.n.n Version, a provider, the display name and a description", () => {
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("Version")).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(text("ProviderName").length).toBeGreaterThan(0);
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("Plan Tracker");
    expect((one("Description").getAttribute("DefaultValue") ?? "").length).toBeGreaterThan(20);
  });

  it("runs in Excel only, with read/write access to the document", () => {
    const hosts = all("Host").filter(
      (h) => h.parentElement?.localName === "Hosts" && h.hasAttribute("Name")
    );
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const overrideHosts = all("Host").filter((h) => xsiType(h) !== null);
    expect(overrideHosts.map(xsiType)).toEqual(["Workbook"]);
    expect(text("Permissions")).toBe("ReadWriteDocument");
  });

  it("uses https for every URL", () => {
    const urls = Array.from(doc.getElementsByTagName("*"))
      .filter((e) =>
        [
          "IconUrl",
          "HighResolutionIconUrl",
          "SupportUrl",
          "SourceLocation",
          "Url",
          "Image",
        ].includes(e.localName)
      )
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((value): value is string => value !== null);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("resolves every resid to exactly one resource, within Office's 32-character limit", () => {
    const resources = one("Resources");
    const ids = Array.from(resources.getElementsByTagName("*"))
      .map((e) => e.getAttribute("id"))
      .filter((id): id is string => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((id): id is string => id !== null);
    expect(resids.length).toBeGreaterThan(20);
    for (const resid of resids) {
      expect(ids).toContain(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("keeps ribbon strings within the schema's lengths (short 125, long 250)", () => {
    const lengths = (parent: string) =>
      Array.from(one(parent).getElementsByTagNameNS(BT, "String")).map(
        (s) => (s.getAttribute("DefaultValue") ?? "").length
      );
    for (const n of lengths("ShortStrings")) expect(n).toBeLessThanOrEqual(125);
    for (const n of lengths("LongStrings")) expect(n).toBeLessThanOrEqual(250);
  });

  it("points every icon at a PNG in assets/ of the stated size", () => {
    const images = Array.from(doc.getElementsByTagNameNS(BT, "Image")).filter((e) =>
      e.hasAttribute("DefaultValue")
    );
    expect(images.length).toBeGreaterThanOrEqual(4);
    const sizeOf = new Map<string, number>();
    for (const use of Array.from(doc.getElementsByTagNameNS(BT, "Image")).filter((e) =>
      e.hasAttribute("size")
    )) {
      sizeOf.set(use.getAttribute("resid") ?? "", Number(use.getAttribute("size")));
    }
    const checked = [
      ...images.map((e) => ({
        url: e.getAttribute("DefaultValue") ?? "",
        size: sizeOf.get(e.getAttribute("id") ?? ""),
      })),
      { url: one("IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: one("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    for (const { url, size } of checked) {
      const match = /^https:\/\/[^/]+\/assets\/([\w-]+\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const file = path.join(ROOT, "assets", match ? match[1] : "");
      expect(fs.existsSync(file)).toBe(true);
      expect(size).toBeDefined();
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const sizes = new Set(sizeOf.values());
    for (const required of [16, 32, 80]) expect(sizes.has(required)).toBe(true);
  });

  it("adds a Plan Tracker group to the Home tab with Validate, Refresh RAG, Board report and My actions", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const labelOf = (element: Element): string => {
      const resid = Array.from(element.children)
        .find((c) => c.localName === "Label")
        ?.getAttribute("resid");
      const string = Array.from(doc.getElementsByTagNameNS(BT, "String")).find(
        (s) => s.getAttribute("id") === resid
      );
      return string?.getAttribute("DefaultValue") ?? "";
    };
    const group = one("Group");
    expect(labelOf(group)).toBe("Plan Tracker");
    const buttons = all("Control").filter((c) => xsiType(c) === "Button");
    expect(buttons.map(labelOf)).toEqual(["Validate", "Refresh RAG", "Board report", "My actions"]);

    const urlOf = (resid: string | null) =>
      Array.from(doc.getElementsByTagNameNS(BT, "Url"))
        .find((u) => u.getAttribute("id") === resid)
        ?.getAttribute("DefaultValue");
    const actions = buttons.map(
      (button) => Array.from(button.children).find((c) => c.localName === "Action") as Element
    );
    expect(actions.map(xsiType)).toEqual([
      "ShowTaskpane",
      "ShowTaskpane",
      "ShowTaskpane",
      "ShowTaskpane",
    ]);
    const views = actions.map((action) => {
      const source = Array.from(action.children).find((c) => c.localName === "SourceLocation");
      return new URL(
        urlOf(source?.getAttribute("resid") ?? null) ?? "https://invalid/"
      ).searchParams.get("view");
    });
    expect(views).toEqual(["validate", "rag", "report", "my-actions"]);
    // One pane: the same TaskpaneId makes Office reuse the container rather than open three.
    const paneIds = actions.map(
      (action) => Array.from(action.children).find((c) => c.localName === "TaskpaneId")?.textContent
    );
    expect(new Set(paneIds).size).toBe(1);
    expect(urlOf(one("FunctionFile").getAttribute("resid"))).toMatch(/\/commands\.html$/);
  });

  it("is rewritten by the build for the hosting address, and refuses a non-https one", () => {
    const built = rewriteManifest(Buffer.from(xml), "https://plans.example.gov.uk/addin/");
    expect(built).not.toContain("localhost");
    expect(built).toContain(
      'DefaultValue="https://plans.example.gov.uk/addin/taskpane.html?view=validate"'
    );
    expect(
      new DOMParser().parseFromString(built, "application/xml").getElementsByTagName("parsererror")
    ).toHaveLength(0);
    expect(() => rewriteManifest(xml, "http://plans.example.gov.uk")).toThrow(/https/);
  });
});
