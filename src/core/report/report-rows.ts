import type { StyledCell } from "../write-plan/sheet-builder";
import type { ChartSpec } from "../write-plan/write-plan";
import { bannerRow } from "./report-cells";
import { REPORT_COLUMNS, rowPoints } from "./report-layout";

/** Where the pages fall, once widths and the print scale are known: the height a page holds below the repeated title rows. */
export interface PageLayout {
  widths: readonly number[];
  pagePoints: number;
}

const BLANK_POINTS = 15;

/**
 * The report's rows as they are laid out; charts are placed by row. With a page layout, a section
 * that runs past the bottom of a page gets a page break and its banner and table headings again on
 * the next page ("… (continued)"), so every printed page of the evidence says what it holds.
 */
export class ReportRows {
  readonly rows: StyledCell[][] = [];
  readonly charts: ChartSpec[] = [];
  /** The rows where the evidence's sections start. */
  readonly sectionStarts: number[] = [];
  /** The rows where a section continues on a new page. */
  readonly continued: number[] = [];
  private title: string | null = null;
  private heading: StyledCell[] | null = null;
  private used = 0;

  constructor(private readonly layout: PageLayout | null = null) {}

  get nextRow(): number {
    return this.rows.length + 1;
  }

  row(cells: StyledCell[]): number {
    this.fit(this.layout ? rowPoints(cells, this.layout.widths) : 0);
    return this.push(cells);
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i += 1) {
      this.rows.push([]);
      this.used += BLANK_POINTS;
    }
  }

  /** A section of the evidence: it starts a new page with its banner. */
  section(title: string): void {
    this.sectionStarts.push(this.nextRow);
    this.title = title;
    this.heading = null;
    this.used = 0;
    this.push(bannerRow(title, REPORT_COLUMNS));
  }

  /** A table's heading row, repeated under the section's banner when the table runs onto another page. */
  header(cells: StyledCell[]): number {
    this.fit(this.layout ? rowPoints(cells, this.layout.widths) * 2 : 0);
    this.heading = cells;
    return this.push(cells);
  }

  /** Keep the next rows (a chart and its table) on one page: a new page first if they would not fit. */
  keep(points: number): void {
    this.fit(points);
  }

  private push(cells: StyledCell[]): number {
    this.rows.push(cells);
    if (this.layout)
      this.used += cells.length === 0 ? BLANK_POINTS : rowPoints(cells, this.layout.widths);
    return this.rows.length;
  }

  private fit(points: number): void {
    if (
      !this.layout ||
      this.title === null ||
      this.used === 0 ||
      this.used + points <= this.layout.pagePoints
    )
      return;
    this.continued.push(this.nextRow);
    this.used = 0;
    this.push(bannerRow(`${this.title} (continued)`, REPORT_COLUMNS));
    if (this.heading) this.push(this.heading);
  }
}
