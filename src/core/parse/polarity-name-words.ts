/**
 * Which way is better, as a measure's name says it. Most names carry the answer for anyone who works
 * with them: "Turnover", "Agency rate" and "Repeat referrals" should fall; "% … completed within 45
 * days", "Attendance" and "Placement stability" should rise. This reads those words only; the
 * suggestion (suggest-polarity.ts) weighs them against the numbers.
 */

export type NameDirection = "higher_is_better" | "lower_is_better";

export type NameReading =
  | { kind: "says"; polarity: NameDirection; words: string[] }
  /** Words pointing both ways ("Children missing from home offered a return interview"): the name decides nothing. */
  | { kind: "mixed"; higher: string[]; lower: string[] }
  | { kind: "silent" };

// Things a service wants more of: work done, done in time, people reached, kept, settled, satisfied.
const HIGHER: readonly RegExp[] = [
  /\bcomplet(?:ed|ion|e)\b/,
  /\btimely\b|\bon time\b|\bin time\b|\b(?:in|within) (?:the )?(?:agreed )?timescales?\b/,
  /\bup to date\b/,
  /\bsatisf(?:action|ied)\b/,
  /\battend(?:ance|ing|ed)\b/,
  /\buptake\b|\btake up\b/,
  /\bcoverage\b/,
  /\bretention\b|\bretained\b/,
  /\bstab(?:le|ility)\b|\bsame (?:placement|school|carer|home|social worker|worker)\b/,
  /\b(?:good|outstanding)\b/,
  /\bachiev(?:ed|ing|ement)\b/,
  /\bparticipat(?:ion|ing|ed)\b|\bengage(?:ment|d)\b/,
  /\bsuitable\b/,
  // Permanent staff, not permanent exclusions.
  /\bpermanent (?:staff|social workers?|workers?|workforce|employees|posts?)\b/,
  /\ballocated\b/,
  /\breviewed\b|\bseen\b|\bvisited\b|\boffered\b/,
  /\b(?:outcomes?|targets?) (?:were )?met\b/,
  /\bin (?:employment|education|training)\b|\beet\b/,
  /\butili[sz]ation\b/,
  /\bsavings?\b/,
  /\bsuccess(?:ful)?\b/,
  // A deadline a share of cases meets: "within 45 w.days", "in 15 days", "within 24 hours", "no longer than 26 weeks".
  // Months and years are left out on purpose: "re-referrals within 12 months" is a look-back window, not a deadline.
  /\b(?:within|in|no longer than|no more than|under|less than) \d+(?:\.\d+)? (?:working |w ?)?(?:days?|weeks?|wks?|hours?|hrs?|minutes?|mins?)\b/,
  // A share of people under a limit: "% of children with fewer than 3 social workers".
  /\bfewer than \d+\b/,
];

// Things a service wants less of: staffing strain, delay, harm, repeat demand, cost.
const LOWER: readonly RegExp[] = [
  /\bagency\b/,
  /\bturnover\b/,
  /\bvacan(?:cy|cies|t)\b/,
  /\bsick(?:ness)?\b/,
  /\babsen(?:ce|ces|t)\b/,
  /\bre ?referr(?:al|als|ed)\b/,
  /\brepeat(?:ed)?\b/,
  /\bsubsequent\b|\bsecond time\b|\bpreviously\b|\breadmi(?:tted|ssions?)\b/,
  /\bdelay(?:s|ed)?\b/,
  /\boverdue\b|\blate\b|\bout of time(?:scales?)?\b/,
  /\bwait(?:s|ing)?\b/,
  /\bcomplaints?\b/,
  /\bexclu(?:sions?|ded)\b/,
  /\bneet\b/,
  /\bcaseloads?\b/,
  /\bcosts?\b|\bspend over\b|\boverspend\b/,
  /\bbacklog\b/,
  /\bincidents?\b/,
  /\bmissing\b|\bmissed\b/,
  /\binadequate\b|\bunsuitable\b|\bunallocated\b|\bincomplete\b/,
  /\berrors?\b|\bbreach(?:es)?\b|\bfail(?:ed|ures?)\b/,
  /\bresponse times?\b|\btime taken\b|\baverage (?:time|days)\b/,
  /\bdays lost\b/,
  // Churn: "3 or more placements", "at least 3 placements" — but not durations ("for 2 years or more"), which go either way.
  /\b(?:\d+|two|three|four|five) or more(?! (?:years?|months?|weeks?|days?|hours?)\b)(?= [a-z])/,
  /\bat least (?:\d+|two|three|four|five)(?! (?:years?|months?|weeks?|days?|hours?)\b)(?= [a-z])/,
];

// "not", "no", "non", "never", "without" up to two words before a cue turn it round: "not in
// employment" is NEET, "not seen within 15 days" is a delay, "without delay" is timely. "No of
// children" is a number, not a negation.
const NEGATION = /\b(?:not|non|never|without|no(?! of\b))\b(?: [a-z0-9]+){0,2} $/;

/** The name in one spelling: lower case; hyphens, slashes, underscores and brackets as spaces. */
export const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[-–—_/\\()[\]{},;:"“”]+/g, " ")
    .replace(/\bw\.days?\b/g, "w days")
    .replace(/\s+/g, " ")
    .trim();

interface Cue {
  polarity: NameDirection;
  words: string;
}

const cuesIn = (key: string): Cue[] => {
  const cues: Cue[] = [];
  const scan = (patterns: readonly RegExp[], polarity: NameDirection, opposite: NameDirection) => {
    for (const pattern of patterns) {
      const match = pattern.exec(key);
      if (!match) continue;
      const before = key.slice(0, match.index);
      const negated = NEGATION.exec(before);
      cues.push(
        negated
          ? { polarity: opposite, words: `${negated[0]}${match[0]}`.trim() }
          : { polarity, words: match[0].trim() }
      );
    }
  };
  scan(HIGHER, "higher_is_better", "lower_is_better");
  scan(LOWER, "lower_is_better", "higher_is_better");
  return cues;
};

/** What the name says about which way is better, with the words that say it. */
export const readPolarityFromName = (name: string): NameReading => {
  const cues = cuesIn(nameKey(name));
  const higher = [
    ...new Set(cues.filter((cue) => cue.polarity === "higher_is_better").map((cue) => cue.words)),
  ];
  const lower = [
    ...new Set(cues.filter((cue) => cue.polarity === "lower_is_better").map((cue) => cue.words)),
  ];
  if (higher.length > 0 && lower.length > 0) return { kind: "mixed", higher, lower };
  if (higher.length > 0) return { kind: "says", polarity: "higher_is_better", words: higher };
  if (lower.length > 0) return { kind: "says", polarity: "lower_is_better", words: lower };
  return { kind: "silent" };
};
