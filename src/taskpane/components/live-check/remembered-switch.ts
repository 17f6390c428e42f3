const KEY = "plan-tracker.live-check";

/** Whether the person left live checking on (the default) or off, on this machine; on where storage is blocked. */
export const liveCheckWanted = (): boolean => {
  try {
    return typeof localStorage === "undefined" || localStorage.getItem(KEY) !== "off";
  } catch {
    return true;
  }
};

export const rememberLiveCheck = (on: boolean): void => {
  try {
    if (typeof localStorage !== "undefined") localStorage.setItem(KEY, on ? "on" : "off");
  } catch {
    // Blocked storage: the switch still works for this session.
  }
};
