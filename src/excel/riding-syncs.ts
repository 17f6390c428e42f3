/* global Excel */

/**
 * The executor's syncs, counted. Loads queued without a sync of their own ride on whichever sync
 * comes next (docs/EXCEL.md#reading-and-writing: never a sync per read); settle() brings them back
 * only when no sync came along for them.
 */
export interface Syncs {
  readonly count: number;
  sync(): Promise<void>;
  /** Loads were queued to ride on the next sync. */
  ride(): void;
  /** One sync, only if something still rides. */
  settle(): Promise<void>;
}

export const ridingSyncs = (context: Excel.RequestContext): Syncs => {
  let count = 0;
  let riding = false;
  const sync = async (): Promise<void> => {
    count += 1;
    await context.sync();
    riding = false;
  };
  return {
    get count() {
      return count;
    },
    sync,
    ride: () => {
      riding = true;
    },
    settle: async () => {
      if (riding) await sync();
    },
  };
};
