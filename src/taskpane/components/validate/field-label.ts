/** A plan field id as people read it: "responsibleOfficer" → "Responsible officer". */
export const fieldLabel = (field: string): string => {
  const words = field
    .replace(/[_-]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.length === 0 ? field : words[0].toUpperCase() + words.slice(1);
};
