/** `plan-tracker help` and `--help`: every command in a line or two, then what is common to them. */
export const OVERVIEW = `Usage: plan-tracker <command> <workbooks…> [options]

Commands:
  validate <workbooks…>   Check each plan cell by cell
  detect <workbooks…>     Show which sheets and columns were understood as what
  rag <workbooks…>        Rate every action and measure by the plan's rules
  report <file.xlsx> --out <report.xlsx>
                          Write a copy of one workbook with the board report sheet added
  undo <file.xlsx> --out <copy.xlsx>
                          Write a copy with Plan Tracker's last run in it undone
  mapping save|show <file.xlsx>
                          Store a mapping in a copy of a workbook, or print the one it carries
  help [command]          Show this help, or one command's

Workbooks: files, folders (their .xlsx and .xlsm files; --recursive for subfolders) or patterns
such as plans/*.xlsx. Excel's lock files (~$…) are skipped. Given one file, a command prints it in
full; given several, or a folder, one line per file and a total.

Common options:
  --format text|json|csv  How to print (--json is short for --format json; csv: validate and rag)
  --schema <mapping.json> Use this mapping instead of the one stored in the workbook
  --version               Print Plan Tracker's version

Exit codes: 0 done (validate: no errors), 1 validate found errors, 2 a file or the mapping could not
be used, a workbook is not a plan, or the arguments are wrong. With several files, the worst of
them. The workbooks you give are only read, never changed.

Run "plan-tracker help <command>" for a command's options and examples.`;

const VALIDATE = `Usage: plan-tracker validate <workbooks…> [options]

Check each plan cell by cell: blank timescales, impossible dates, missing owners, rows split by a
paste. One workbook: its issues grouped by sheet. Several: one line each and a total.

Options:
  --owner NAME            Only issues on rows owned by NAME (the same person written another way,
                          "S Murphy" for "Sheila Murphy", counts)
  --group NAME            Only issues in that group (priority, workstream or section)
  --severity LEVEL        Only issues at that level and worse: error, warning or info
  --code CODE[,CODE]      Only issues with these codes (e.g. timescale-missing,owner-missing)
  --format text|json|csv  json: {"issues":[…],"summary":{…}} (several files: {"files":[…],"total":{…}});
                          csv: one row per issue (file, sheet, cell, severity, code, field, owner,
                          value, message)
  --recursive             Look in subfolders of a folder too
  --schema <mapping.json> Use this mapping instead of the one stored in the workbook

Exit code: 0 no errors (among the issues the filters keep), 1 errors, 2 a workbook could not be
checked (damaged, password-protected, not a plan) or the arguments are wrong.

Examples:
  plan-tracker validate plan.xlsx
  plan-tracker validate plans/ --severity error
  plan-tracker validate plans/*.xlsx --owner "Sheila Murphy" --format csv > murphy.csv`;

const DETECT = `Usage: plan-tracker detect <workbooks…> [options]

Show what kind of workbook each is and which sheets and columns were understood as what.

Options:
  --json                  The mapping in force, to correct and feed back with --schema or store
                          with mapping save (several files: {"files":[…],"total":{…}})
  --accept-suggestions    With --json: write the polarities suggested for measures in as confirmed
  --recursive             Look in subfolders of a folder too
  --schema <mapping.json> Use this mapping instead of the one stored in the workbook

Exit code: 0 read (a workbook that is not a plan is named as such), 2 a file could not be read.

Examples:
  plan-tracker detect plan.xlsx
  plan-tracker detect plan.xlsx --json > mapping.json`;

const RAG = `Usage: plan-tracker rag <workbooks…> [options]

Rate every action and measure by the plan's rules, as of a date: the roll-up by group and what
needs attention. Several workbooks: one line each with the counts, and a total.

Options:
  --as-of YYYY-MM-DD      The date to rate as of (default today)
  --owner NAME            Only that owner's actions (measures have no owner, so none are listed)
  --group NAME            Only that group's actions, measures and roll-up
  --format text|json|csv  json: {"asOf","actions":[…],"measures":[…],"groups":[…],"overall":{…}};
                          csv: one row per action and measure
  --write <rated.xlsx>    Save a copy with the ratings written in (one workbook only)
  --recursive             Look in subfolders of a folder too
  --schema <mapping.json> Use this mapping instead of the one stored in the workbook

Exit code: 0 rated, 2 a workbook could not be rated (damaged, not a plan) or wrong arguments.

Examples:
  plan-tracker rag plan.xlsx --as-of 2022-10-31
  plan-tracker rag plans/ --format csv > ratings.csv
  plan-tracker rag plan.xlsx --write rated.xlsx`;

const REPORT = `Usage: plan-tracker report <file.xlsx> --out <report.xlsx> [options]

Write a copy of one workbook with the board report sheet added (one workbook per run).

Options:
  --out <report.xlsx>     The copy to write (never the workbook you give)
  --as-of YYYY-MM-DD      The date to rate as of (default today)
  --period "label"        The reporting period's label, e.g. "Improvement Board – July 2022"
  --committee             The committee version: officers named by their team or role, not by name
  --only "words"          Only the actions and measures whose ref, title, name or group holds the words
  --replace               Rebuild over an earlier period's report (default: keep it as a sheet named
                          for its period, e.g. "Report – January 2023")
  --schema <mapping.json> Use this mapping instead of the one stored in the workbook

Examples:
  plan-tracker report plan.xlsx --out report.xlsx --period "Improvement Board – February 2023"
  plan-tracker report plan.xlsx --out scrutiny.xlsx --committee --only "inspection"`;

const UNDO = `Usage: plan-tracker undo <file.xlsx> --out <copy.xlsx> [options]

Write a copy of one workbook with Plan Tracker's last run undone, as "Undo last run" in Excel does:
the cells, highlighting and dropdowns it changed in your own sheets put back from the record it
keeps in the sheet "Plan Tracker Undo". A record naming cells Plan Tracker does not write, or
formulas that reach outside the workbook, is refused and nothing is written.

Options:
  --out <copy.xlsx>       The copy to write (never the workbook you give)
  --schema <mapping.json> Use this mapping instead of the one stored in the workbook

Example:
  plan-tracker rag plan.xlsx --write rated.xlsx
  plan-tracker undo rated.xlsx --out plan-again.xlsx`;

const MAPPING = `Usage: plan-tracker mapping save <file.xlsx> --schema <mapping.json> --out <copy.xlsx>
       plan-tracker mapping show <file.xlsx>

save writes a copy of the workbook that carries the mapping, so everyone who opens it (in Excel or
here) reads it the same way; show prints the mapping the workbook carries.

Options:
  --accept-suggestions    (save) write the polarities suggested for measures in as confirmed

Example:
  plan-tracker detect plan.xlsx --json > mapping.json
  plan-tracker mapping save plan.xlsx --schema mapping.json --out plan-with-mapping.xlsx`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: VALIDATE,
  detect: DETECT,
  rag: RAG,
  report: REPORT,
  undo: UNDO,
  mapping: MAPPING,
};

/** One command's help, or the overview for `help` alone. */
export const helpFor = (topic: string | null): string =>
  topic !== null && COMMAND_HELP[topic] !== undefined ? COMMAND_HELP[topic] : OVERVIEW;
