/**
 * Whether reading a cell's text would change it: HTML or entities ("<", "&"), bullets, line breaks,
 * tabs, odd Unicode spaces, a double space, a split ordinal ("1 st") or a spaced year ("2 0 2 2").
 * Most cells have none of these and skip the HTML stripper and the text tidier.
 *
 * Hand-written rather than one regular expression: every text cell of a plan passes through here
 * (half a million on a 100,000-action plan), and one pass over the character codes with no
 * alternation to retry at each position took a fifth of the pattern's time. The pattern it must
 * agree with is kept in its test (test/core/text/needs-tidying.test.ts), which compares the two.
 */
export const needsTidying = (text: string): boolean => {
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      if (text.charCodeAt(i + 1) === SPACE) return true;
    } else if (code < SPACE) {
      if (code >= TAB && code <= CARRIAGE_RETURN) return true;
    } else if (code === LESS_THAN || code === AMPERSAND) return true;
    else if (isDigit(code)) {
      if (
        text.charCodeAt(i + 1) === SPACE &&
        (splitOrdinalAt(text, i + 2) || spacedAt(text, i + 2))
      )
        return true;
    } else if (code >= 0x80 && isOddCharacter(code)) return true;
  }
  return false;
};

const SPACE = 32;
const TAB = 9;
const CARRIAGE_RETURN = 13; // tab, line feed, vertical tab, form feed and carriage return are 9–13
const LESS_THAN = 60;
const AMPERSAND = 38;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

// The pattern's \b after the suffix: no letter, digit or underscore follows.
const isWordCode = (code: number): boolean =>
  isDigit(code) || code === 95 || ((code | 0x20) >= 97 && (code | 0x20) <= 122);

// "st", "nd", "rd" or "th" in any case, then a word boundary: "1 st May".
const splitOrdinalAt = (text: string, at: number): boolean => {
  const first = text.charCodeAt(at) | 0x20;
  const second = text.charCodeAt(at + 1) | 0x20;
  const suffix =
    (first === 115 && second === 116) || // st
    (first === 110 && second === 100) || // nd
    (first === 114 && second === 100) || // rd
    (first === 116 && second === 104); // th
  // charCodeAt past the end is NaN, which is no letter: the check above fails, as it should.
  return suffix && !isWordCode(text.charCodeAt(at + 2));
};

// A digit, a space, a digit: with the digit and space before it, "2 0 2".
const spacedAt = (text: string, at: number): boolean =>
  isDigit(text.charCodeAt(at)) &&
  text.charCodeAt(at + 1) === SPACE &&
  isDigit(text.charCodeAt(at + 2));

// No-break space, next line, the Ogham and typographic spaces, line and paragraph separators,
// narrow and mathematical spaces, the ideographic space, the byte-order mark, and the bullet "•".
const isOddCharacter = (code: number): boolean =>
  code === 0xa0 ||
  code === 0x85 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2022 ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;
