/** A ribbon function: Office passes the event, and the function must call event.completed(). */
export type CommandHandler = (event: { completed(): void }) => void | Promise<void>;

/** The little of office.js the function file needs, so it can be tested with a fake. */
export interface OfficeCommandsLike {
  onReady(): Promise<unknown>;
  actions: { associate(name: string, handler: CommandHandler): void };
}

/**
 * Tie each ExecuteFunction name in manifest.xml to its handler. A handler that throws still
 * completes the event: an uncompleted event leaves Excel's button spinning until it times out.
 */
export const registerCommands = async (
  office: OfficeCommandsLike | undefined,
  handlers: Record<string, CommandHandler>
): Promise<string[]> => {
  if (office === undefined) return [];
  await office.onReady();
  const names = Object.keys(handlers);
  for (const name of names) {
    const handler = handlers[name];
    office.actions.associate(name, async (event) => {
      try {
        await handler(event);
      } catch (error: unknown) {
        console.error(`Plan Tracker: ribbon command ${name} failed`, error);
        event.completed();
      }
    });
  }
  return names;
};
