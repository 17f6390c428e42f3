import { createContext } from "react";

/**
 * Set by a page that draws the pane's banner itself (the preview, whose banner also carries the
 * workbook picker): App then leaves out its own header, so the page has one banner landmark and one
 * h1, and puts its skip links in `skipLinks`, the page's first element, so they stay the first Tab
 * stops. Null (the default, in Excel) means App is the whole page.
 */
export interface PageFrame {
  /** Where App's skip links go; null until the page's element is mounted. */
  skipLinks: HTMLElement | null;
}

export const PageFrameContext = createContext<PageFrame | null>(null);
