/**
 * A copy Plan Tracker will not write because it could not be faithful to the council's file: the
 * message is one plain sentence naming the part or cell, said as it is (docs/EXCEL.md#faithful-copies).
 */
export class CopyRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyRefused";
  }
}
