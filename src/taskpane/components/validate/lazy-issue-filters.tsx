import { Suspense, lazy, type ComponentProps } from "react";
import type { IssueFilters } from "./IssueFilters";

// The filters' dropdown and combobox bring Fluent's popup and positioning code, about 100 KB: too
// much for the JavaScript Excel loads when the pane opens (350 KB budget, webpack.config.js). They
// are needed only once a run has issues to filter, so they are fetched then; the list shows at once.
const Filters = lazy(async () => ({
  default: (await import(/* webpackChunkName: "issue-filters" */ "./IssueFilters")).IssueFilters,
}));

export const LazyIssueFilters = (props: ComponentProps<typeof IssueFilters>) => (
  <Suspense fallback={null}>
    <Filters {...props} />
  </Suspense>
);
