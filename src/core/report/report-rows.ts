import type { StyledCell } from "../write-plan/sheet-builder";
import type { ChartSpec } from "../write-plan/write-plan";

/** The report's rows as they are laid out, before widths are known; charts are placed by row. */
export class ReportRows {
  readonly rows: StyledCell[][] = [];
  readonly charts: ChartSpec[] = [];

  get nextRow(): number {
    return this.rows.length + 1;
  }

  row(cells: StyledCell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i += 1) this.rows.push([]);
  }
}
