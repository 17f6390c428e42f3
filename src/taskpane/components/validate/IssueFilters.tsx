import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SEVERITIES, type Severity } from "../../../core/validate/issue";
import { type PaneIssueFilter, NO_FILTER, isFiltered } from "./pane-issue-filter";
import { severityHeading } from "./severity-words";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  field: { minWidth: "9rem", flex: "1 1 9rem" },
});

const ALL = "all";

interface Props {
  filter: PaneIssueFilter;
  codes: string[];
  owners: string[];
  onChange: (filter: PaneIssueFilter) => void;
}

/**
 * Narrow the issue list by severity, rule and owner — so an officer can send each owner their own
 * list. Each control has a visible label, and all are Fluent's keyboard-operable listboxes.
 */
export const IssueFilters = ({ filter, codes, owners, onChange }: Props) => {
  const styles = useStyles();
  const severityText =
    filter.severity === null ? "All severities" : severityHeading(filter.severity);
  return (
    <div className={styles.bar} role="group" aria-label="Filter issues">
      <Field label="Severity" className={styles.field}>
        <Dropdown
          value={severityText}
          selectedOptions={[filter.severity ?? ALL]}
          onOptionSelect={(_, data) =>
            onChange({
              ...filter,
              severity:
                data.optionValue === ALL || data.optionValue === undefined
                  ? null
                  : (data.optionValue as Severity),
            })
          }
        >
          <Option value={ALL}>All severities</Option>
          {SEVERITIES.map((severity) => (
            <Option key={severity} value={severity}>
              {severityHeading(severity)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Rule" className={styles.field}>
        <Combobox
          value={filter.code ?? "All rules"}
          selectedOptions={[filter.code ?? ALL]}
          onOptionSelect={(_, data) =>
            onChange({
              ...filter,
              code:
                data.optionValue === ALL || data.optionValue === undefined
                  ? null
                  : data.optionValue,
            })
          }
        >
          <Option value={ALL}>All rules</Option>
          {codes.map((code) => (
            <Option key={code} value={code}>
              {code}
            </Option>
          ))}
        </Combobox>
      </Field>
      {owners.length > 0 && (
        <Field label="Owner" className={styles.field}>
          <Combobox
            value={filter.owner ?? "All owners"}
            selectedOptions={[filter.owner ?? ALL]}
            onOptionSelect={(_, data) =>
              onChange({
                ...filter,
                owner:
                  data.optionValue === ALL || data.optionValue === undefined
                    ? null
                    : data.optionValue,
              })
            }
          >
            <Option value={ALL}>All owners</Option>
            {owners.map((owner) => (
              <Option key={owner} value={owner}>
                {owner}
              </Option>
            ))}
          </Combobox>
        </Field>
      )}
      {isFiltered(filter) && (
        <Button appearance="subtle" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </div>
  );
};
