import type { TabListProps } from "@fluentui/react-components";
import {
  Tab,
  renderTabList_unstable,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
  useTabList_unstable,
} from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { useRef } from "react";

export interface PaneTab {
  value: string;
  label: string;
  /** The tab's element id, when a tab panel names it (aria-labelledby). */
  id?: string;
  /** The id of the panel the tab shows. */
  controls?: string;
}

export interface PaneTabListProps {
  /** The tab list's accessible name ("Views", "Sheets"). */
  label: string;
  tabs: readonly PaneTab[];
  selected: string;
  onSelect: (value: string) => void;
  size?: TabListProps["size"];
  className?: string;
}

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Fluent's TabList, minus Tabster's arrow-key "mover". The mover puts a focusable, aria-hidden <i>
 * at each end of the list to catch Tab, which axe reports as aria-hidden-focus (serious) in every
 * state (microsoft/fluentui#25133, closed "by design"). The same Fluent Tabs and styles are kept and
 * the mover's job is done here instead, as the ARIA tabs pattern asks: only the selected tab is in
 * the Tab order (roving tabindex), and the arrow keys, Home and End move to a tab and show it.
 */
export const PaneTabList = ({
  label,
  tabs,
  selected,
  onSelect,
  size,
  className,
}: PaneTabListProps) => {
  const list = useRef<HTMLDivElement>(null);
  const state = useTabList_unstable(
    {
      selectedValue: selected,
      onTabSelect: (_event, data) => onSelect(String(data.value)),
      "aria-label": label,
      size,
      className,
    },
    list
  );
  // Drop the mover's attribute: without it Tabster adds no focus sentinels to this list.
  const root: Record<string, unknown> = state.root;
  delete root["data-tabster"];
  const contextValues = useTabListContextValues_unstable(state);
  useTabListStyles_unstable(state);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = NEXT_KEYS[event.key];
    const index = tabs.findIndex((tab) => tab.value === selected);
    if (next === undefined || tabs.length === 0) return;
    event.preventDefault();
    const target = tabs[next(Math.max(index, 0), tabs.length)];
    onSelect(target.value);
    const buttons = list.current?.querySelectorAll<HTMLElement>("[data-pane-tab]") ?? [];
    Array.from(buttons)
      .find((button) => button.dataset.paneTab === target.value)
      ?.focus();
  };
  state.root.onKeyDown = onKeyDown;
  state.root.children = tabs.map((tab) => (
    <Tab
      key={tab.value}
      value={tab.value}
      id={tab.id}
      aria-controls={tab.controls}
      tabIndex={tab.value === selected ? 0 : -1}
      data-pane-tab={tab.value}
    >
      {tab.label}
    </Tab>
  ));
  return renderTabList_unstable(state, contextValues);
};
