import type { ControlProps } from './settingsModel';
import { useDraft } from './useDraft';

export interface IntegerFieldProps extends ControlProps<number> {
  readonly min: number;
  readonly max: number;
  /** The limits with their unit, "2–480 minutes". */
  readonly limits: string;
  readonly limitsId: string;
  /** Stored units per shown unit: 60 where a duration kept in seconds is shown in minutes. */
  readonly storedPerShown: number;
}

/**
 * A whole number within the schema's limits, applied when the person leaves the field or presses
 * Enter. `value`, `min` and `max` are stored units; the field shows and takes shown units.
 */
export function IntegerField({ id, label, value, min, max, limits, limitsId, storedPerShown, disabled, invalid, describedBy, onCommit }: IntegerFieldProps) {
  const draft = useDraft(String(value / storedPerShown), (text) => {
    // An emptied field goes back to what it showed; anything else is the main process's to judge.
    if (text.trim() !== '') onCommit(Math.round(Number(text) * storedPerShown));
  });
  return (
    <div className="integer-field">
      <label htmlFor={id}>{label}</label>
      <span className="integer-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          step={1}
          min={Math.ceil(min / storedPerShown)}
          max={Math.floor(max / storedPerShown)}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...draft}
        />
        <span id={limitsId} className="limits">
          {limits}
        </span>
      </span>
    </div>
  );
}
