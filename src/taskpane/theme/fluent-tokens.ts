import { themeToTokensObject, webLightTheme } from "@fluentui/tokens";

/**
 * Fluent UI's `tokens` (each design token's CSS variable, `var(--colorNeutralForeground1)`), built
 * from the theme's own keys instead of Fluent's 30 KB literal of the same strings: webpack.config.js
 * puts this module in place of @fluentui/tokens/lib/tokens.js, so the JavaScript Excel loads when the
 * pane opens stays small (docs/ARCHITECTURE.md#start-up-javascript). The stacking tokens are in no
 * theme, so they are listed with Fluent's own fallbacks. test/taskpane/theme/fluent-tokens.test.ts
 * checks this equals Fluent's object, key for key, whenever Fluent is upgraded.
 */
export const tokens = {
  ...themeToTokensObject(webLightTheme),
  zIndexBackground: "var(--zIndexBackground, 0)",
  zIndexContent: "var(--zIndexContent, 1)",
  zIndexOverlay: "var(--zIndexOverlay, 1000)",
  zIndexPopup: "var(--zIndexPopup, 2000)",
  zIndexMessages: "var(--zIndexMessages, 3000)",
  zIndexFloating: "var(--zIndexFloating, 4000)",
  zIndexPriority: "var(--zIndexPriority, 5000)",
  zIndexDebug: "var(--zIndexDebug, 6000)",
};
