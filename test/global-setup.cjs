// The fixture workbooks are generated from the seed facts, never committed as binaries: build them
// once before any test reads them (fast when they are already current).
const { buildFixtures } = require("../scripts/build-fixtures.cjs");

module.exports = async () => {
  await buildFixtures({ quiet: true });
};
