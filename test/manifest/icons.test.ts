/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";

/** The committed icons are exactly what scripts/make-icons.cjs draws (no hand-edited binaries). */
const ROOT = path.resolve(__dirname, "../..");
const icons = require("../../scripts/make-icons.cjs") as {
  ICONS: Record<string, () => unknown>;
  SIZES: number[];
  render: (layers: unknown, size: number) => Buffer;
  encodePng: (rgba: Buffer, size: number) => Buffer;
};

describe("assets/*.png", () => {
  const cases = Object.keys(icons.ICONS).flatMap((name) =>
    icons.SIZES.map((size) => [name, size] as const)
  );

  it.each(cases)("%s-%i.png is current", (name, size) => {
    const file = path.join(ROOT, "assets", `${name}-${size}.png`);
    const drawn = icons.encodePng(icons.render(icons.ICONS[name](), size), size);
    expect(fs.readFileSync(file).equals(drawn)).toBe(true);
  });

  it("draws an opaque dark teal tile with rounded, partly transparent corners", () => {
    const rgba = icons.render(icons.ICONS.validate(), 32);
    const at = (x: number, y: number) =>
      Array.from(rgba.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(at(16, 1)).toEqual([11, 79, 92, 255]);
    expect(at(0, 0)[3]).toBeLessThan(255); // rounded corner
  });
});
