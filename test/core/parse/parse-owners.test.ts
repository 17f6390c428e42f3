/** @jest-environment node */
import fc from "fast-check";
import {
  parseOwners,
  sameOwnerVariant,
  type OwnerFlag,
} from "../../../src/core/parse/parse-owners";
import { anyCell } from "./arbitraries";
import {
  BCP_ACTIONS,
  GCC_KEY_ACTIONS,
  readCsv,
  THURROCK_RATING_ROWS,
} from "./fixtures/domain-samples";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

const OWNER_FLAGS: readonly OwnerFlag[] = [
  "owner-missing",
  "owner-multiple",
  "owner-not-person",
  "owner-placeholder",
  "owner-punctuation",
];

/** The owner flags in a docs/SAMPLES.md#gcc-actions `exp_flags` cell (owner-variant is across cells: sameOwnerVariant's job). */
const ownerFlagsIn = (expected: string): string[] =>
  expected
    .split(";")
    .map((flag) => flag.trim().replace(/\(.*$/, ""))
    .filter((flag) => (OWNER_FLAGS as readonly string[]).includes(flag))
    .sort();

describe("docs/SAMPLES.md#gcc-actions: every key action's owner cell gives its expected owner flags", () => {
  const rows = readCsv(GCC_KEY_ACTIONS);
  it.each(rows.map((row) => [row.id, row.Owners, row.exp_flags] as const))(
    "%s %j",
    (_id, owners, expected) => {
      expect([...parseOwners(owners).flags].sort()).toEqual(ownerFlagsIn(expected));
    }
  );

  it("names the roles and placeholders it flags", () => {
    const byId = Object.fromEntries(rows.map((row) => [row.id, parseOwners(row.Owners)]));
    expect(byId["1.1.01"].notPeople).toEqual(["SWFPG"]);
    expect(byId["1.1.13"].notPeople).toEqual(["Areas Directors"]);
    expect(byId["1.2.08"].notPeople).toEqual(["SW Academy"]);
    expect(byId["2.3.07"].notPeople).toEqual(["LL"]);
    expect(byId["2.4.01"]).toMatchObject({
      owners: ["Kanchan Jadeja", "GSCP", "Dave Jones"],
      notPeople: ["GSCP"],
    });
    expect(byId["3.1.02"].notPeople).toEqual(["PSW"]);
    expect(byId["3.5.01"]).toMatchObject({
      owners: ["Julie Miles", "Project Manager"],
      placeholders: ["Project Manager"],
      notPeople: [],
    });
    expect(byId["2.2.01"].owners).toHaveLength(4);
    expect(byId["2.2.02"].owners).toEqual(["Claire Connolly (MASH and C-SPA subgroup)"]);
    expect(byId["3.3.07"].owners).toEqual(["Andy Dempsey", "Emma Trigwell"]);
    expect(byId["3.6.04"].owners).toEqual(["Sue Hall", "Mark Bone", "Rob Tyrell"]);
  });
});

describe("separators and undelimited names (docs/RULES.md rule 21)", () => {
  it.each([
    ["Chris Spencer & Mandy Quayle", ["Chris Spencer", "Mandy Quayle"]],
    ["Sara Scholey / Kelly Twitchen", ["Sara Scholey", "Kelly Twitchen"]],
    ["Ann James; Sue Hall", ["Ann James", "Sue Hall"]],
    ["Ann James, Sue Hall", ["Ann James", "Sue Hall"]],
    ["Ann James\nSue Hall", ["Ann James", "Sue Hall"]],
    ["<p>Juliette Blake</p> <p>Rachel Gravett</p>", ["Juliette Blake", "Rachel Gravett"]],
    [
      "Sara Scholey Juliette Blake Rachel Gravett",
      ["Sara Scholey", "Juliette Blake", "Rachel Gravett"],
    ],
    ["Joe Tynan Janet Simon", ["Joe Tynan", "Janet Simon"]],
    ["Juliette Blake Sarah Rempel", ["Juliette Blake", "Sarah Rempel"]],
    ["Sandra Anderson", ["Sandra Anderson"]],
    ["Mary Ann Smith", ["Mary Ann Smith"]],
  ])("%j → %j", (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners);
  });

  it("splits undelimited names by longest match against a people directory when one is given", () => {
    const people = ["Mary Ann Smith", "Joe Tynan", "Sara Scholey"];
    expect(parseOwners("Mary Ann Smith Joe Tynan", { people }).owners).toEqual([
      "Mary Ann Smith",
      "Joe Tynan",
    ]);
    expect(parseOwners("Sara Scholey", { people }).owners).toEqual(["Sara Scholey"]);
  });

  it("reads the BCP and Thurrock lead cells of the docs/SAMPLES.md samples", () => {
    const bcp = Object.fromEntries(
      readCsv(BCP_ACTIONS)
        .filter((row) => row.Ref !== "")
        .map((row) => [row.Ref, parseOwners(row.Lead)])
    );
    expect(bcp["1.1"].owners).toEqual(["Juliette Blake", "Sarah Rempel"]);
    expect(bcp["1.5"].flags).toEqual(["owner-missing"]);
    expect(bcp["2.3"].owners).toEqual(["Sara Scholey", "Sarah Langdale"]);
    expect(bcp["3.15"]).toEqual({
      owners: ["Rachel Gravett"],
      flags: [],
      notPeople: [],
      placeholders: [],
    });

    const thurrock = Object.fromEntries(
      readCsv(THURROCK_RATING_ROWS).map((row) => [row._line, parseOwners(row.Lead)])
    );
    expect(thurrock["153"].owners).toEqual(["S Murphy"]);
    expect(thurrock["158"].flags).toEqual(["owner-missing"]);
    expect(thurrock["160"]).toMatchObject({
      owners: ["Wendy Brown", "improvement consultant"],
      notPeople: ["improvement consultant"],
    });
    expect(thurrock["275"]).toMatchObject({
      flags: ["owner-multiple", "owner-not-person"],
      notPeople: ["Strategic Leads", "Service Managers"],
    });
  });
});

describe("roles, groups, systems and placeholders (docs/RULES.md rules 22, 24, 25)", () => {
  it.each([
    "SWFPG",
    "SW Academy",
    "Ambassadors",
    "GSCP",
    "HofS",
    "PSW",
    "Areas Directors",
    "LL",
    "Head of Housing",
    "CLA Nurse",
    "Coram Contract",
    "DCS",
  ])("%j is not a person", (cell) =>
    expect(parseOwners(cell)).toEqual({
      owners: [cell],
      flags: ["owner-not-person"],
      notPeople: [cell],
      placeholders: [],
    })
  );

  it.each([
    ["TBC", ["TBC"]],
    ["?", ["?"]],
    ["Andy Dempsey/ICT Rep TBC", ["ICT Rep TBC"]],
    ["Farmer, Siobhan ?", ["Farmer, Siobhan ?"]],
    ["Julie Miles and Project Manager", ["Project Manager"]],
  ])("%j is a placeholder", (cell, placeholders) => {
    const reading = parseOwners(cell);
    expect(reading.placeholders).toEqual(placeholders);
    expect(reading.flags).toContain("owner-placeholder");
    expect(reading.notPeople).toEqual([]);
  });

  it("reads a post named on its own as the role that owns the action, not a post still to be confirmed (docs/HISTORY.md#issue-11)", () => {
    expect(parseOwners("Project Manager")).toEqual({
      owners: ["Project Manager"],
      flags: ["owner-not-person"],
      notPeople: ["Project Manager"],
      placeholders: [],
    });
  });

  it.each([
    "Service Manager, Front Door",
    "Assistant Director, Safeguarding",
    "Head of Service, Early Help",
    "Head of Service, Sarah Okafor",
    "Workforce Lead / Sarah Okafor",
    "Assistant Director, Safeguarding / Joanne Reid",
    "Service Manager, Front Door / Tom Hughes",
  ])("%j is one owner: a post and the area it covers or its holder", (cell) => {
    expect(parseOwners(cell)).toMatchObject({ owners: [cell], placeholders: [] });
    expect(parseOwners(cell).flags).not.toContain("owner-multiple");
  });

  it.each([
    ["Julie Miles, Kelly Headley", 2],
    ["Service Manager, Workforce Lead", 2],
    ["Head of Service and Sarah Okafor", 2],
    ["KM/HF", 2],
  ])("%j still names %d owners", (cell, count) => {
    expect(parseOwners(cell).owners).toHaveLength(count);
  });

  it("keeps a person with a job title as a person", () => {
    expect(parseOwners("Keelley Pullen Headteacher Virtual School")).toEqual({
      owners: ["Keelley Pullen Headteacher Virtual School"],
      flags: [],
      notPeople: [],
      placeholders: [],
    });
    expect(parseOwners("Janet D").flags).toEqual([]);
  });

  it("flags a trailing or leading separator, and a blank cell as missing", () => {
    expect(parseOwners("Andy Dempsey/Emma Trigwell/").flags).toEqual([
      "owner-punctuation",
      "owner-multiple",
    ]);
    expect(parseOwners("Ann James and").flags).toEqual(["owner-punctuation"]);
    expect(parseOwners(" / ")).toEqual({
      owners: [],
      flags: ["owner-missing"],
      notPeople: [],
      placeholders: [],
    });
    expect(parseOwners(null).flags).toEqual(["owner-missing"]);
    expect(parseOwners("<p> </p>").flags).toEqual(["owner-missing"]);
  });
});

describe("sameOwnerVariant (docs/RULES.md rule 23)", () => {
  it.each([
    ["S Murphy", "Sheila Murphy"],
    ["Claire Connelly", "Claire Connolly"],
    ["Rob Tyrell", "Rob Tyrrell"],
    ["Keelley Pullen Headteacher Virtual School", "Keelley Pullen"],
    ["Rob Tyrrell", "Robert Tyrrell"],
    ["Sara Scholey", "Sarah Scholey"],
    ["Murphy, Sheila", "Sheila Murphy"],
    ["Ann James", "ann  james"],
  ])("%j and %j are one person", (a, b) => {
    expect(sameOwnerVariant(a, b)).toBe(true);
    expect(sameOwnerVariant(b, a)).toBe(true);
  });

  it.each([
    ["Neale Laurie", "Nicole Laurie"],
    ["Sara Scholey", "Sarah Langdale"],
    ["Sue Hall", "Sue Hill"],
    ["Janet Simon", "Janet D"],
    ["SWFPG", "SW Academy"],
    ["Ann James", ""],
    ["Claire Connelly", "Clare Connolly"],
  ])("%j and %j are different", (a, b) => {
    expect(sameOwnerVariant(a, b)).toBe(false);
    expect(sameOwnerVariant(b, a)).toBe(false);
  });
});

describe("parseOwners on arbitrary input", () => {
  it(
    "never throws and returns a consistent reading",
    () => {
      fc.assert(
        fc.property(anyCell, (value) => {
          const reading = parseOwners(value);
          for (const flag of reading.flags) expect(OWNER_FLAGS).toContain(flag);
          expect(new Set(reading.flags).size).toBe(reading.flags.length);
          expect(reading.flags.includes("owner-missing")).toBe(reading.owners.length === 0);
          expect(reading.flags.includes("owner-multiple")).toBe(reading.owners.length > 1);
          expect(reading.flags.includes("owner-not-person")).toBe(reading.notPeople.length > 0);
          expect(reading.flags.includes("owner-placeholder")).toBe(reading.placeholders.length > 0);
          for (const owner of [...reading.notPeople, ...reading.placeholders])
            expect(reading.owners).toContain(owner);
          for (const owner of reading.owners) expect(owner).toBe(owner.trim());
          for (const owner of reading.owners) expect(owner).not.toBe("");
        }),
        { numRuns: 3000 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "sameOwnerVariant never throws, is symmetric and reflexive on names",
    () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (a, b) => {
          expect(sameOwnerVariant(a, b)).toBe(sameOwnerVariant(b, a));
          if (a.trim() !== "") expect(sameOwnerVariant(a, a)).toBe(true);
        })
      );
    },
    PROPERTY_TIMEOUT
  );
});
