/** Exit codes: 0 clean, 1 errors found, 2 unreadable input, an unusable mapping or wrong arguments (docs/HISTORY.md#issue-2, docs/HISTORY.md#issue-5). */
export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_UNUSABLE = 2;
