import type { CommandHandler, OfficeCommandsLike } from "./register-commands";
import { registerCommands } from "./register-commands";

/**
 * The ribbon's function file. Every Plan Tracker button (Validate, Refresh RAG, Board report) is a
 * ShowTaskpane action opening taskpane.html?view=…, because each shows results or asks before it
 * writes to the workbook, and a function command has no UI of its own in Excel. So nothing is
 * associated yet; an ExecuteFunction button would add its handler here, by its manifest FunctionName.
 */
export const COMMAND_HANDLERS: Record<string, CommandHandler> = {};

const office = (): OfficeCommandsLike | undefined =>
  typeof Office === "undefined" ? undefined : Office;

void registerCommands(office(), COMMAND_HANDLERS);
