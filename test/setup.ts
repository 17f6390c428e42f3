import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// CI runs the suites two at a time on two cores beside a compiler, and a view
// that reads a whole fixture before it shows anything can take a few seconds
// there. Testing Library's one-second wait made such tests fail for time, not
// for behaviour, so every find and waitFor waits up to ten seconds; a test that
// is wrong still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
