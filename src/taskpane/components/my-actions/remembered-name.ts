/** Where the name an owner picked is kept, on this machine only (nothing leaves it). */
const KEY = "plan-tracker.my-name";

/** Browsers that block storage (private modes, some add-in hosts) throw on access: then nothing is remembered. */
const storage = (): Storage | null => {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
};

/** The name picked last time on this machine, or null. */
export const rememberedName = (): string | null => {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
};

/** Keep the name for next time (null forgets it); a storage that refuses is no error, only not remembered. */
export const rememberName = (name: string | null): void => {
  try {
    const kept = storage();
    if (name === null) kept?.removeItem(KEY);
    else kept?.setItem(KEY, name);
  } catch {
    // Full or blocked storage: the picker still works, the name is only not kept for next time.
  }
};
