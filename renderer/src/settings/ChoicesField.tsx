import type { ReactNode } from 'react';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration';
import { joinIds, type ControlProps, type Option } from './settingsModel';

export interface ChoicesFieldProps extends ControlProps<readonly string[]> {
  readonly options: readonly Option[];
  /** Said under the legend: how many must stay ticked, or how many are. */
  readonly summary?: string;
  readonly children?: ReactNode;
}

/** Any number of options: a group of checkboxes; the list keeps the options' order. */
export function ChoicesField({ id, label, value, options, summary, disabled, describedBy, onCommit, children }: ChoicesFieldProps) {
  const summaryId = `${id}-summary`;
  const describedByAll = joinIds(summary === undefined ? undefined : summaryId, describedBy);
  const toggle = (option: string, on: boolean) => onCommit(options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))));
  return (
    <fieldset className="choices-field" disabled={disabled} aria-describedby={describedByAll}>
      <legend>{label}</legend>
      {summary !== undefined && (
        <p id={summaryId} className="hint">
          {summary}
        </p>
      )}
      <div className="options">
        {options.map((option) => (
          <div className="option" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>
              {option.illustration !== undefined && (
                // A still thumbnail; the title beside it names the exercise, so the drawing is not read out again.
                <span className="thumbnail" aria-hidden="true">
                  <ExerciseIllustration illustration={option.illustration} label="" phase="hold" paused />
                </span>
              )}
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
