import "./jsdom-gaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";

/** Render as the pane does: inside FluentProvider, so Fluent components get their theme and ids. */
export const renderWithTheme = (ui: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
