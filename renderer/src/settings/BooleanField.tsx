import type { ControlProps } from './settingsModel';

/** An on/off setting: a checkbox that applies when it is ticked. */
export function BooleanField({ id, label, value, disabled, invalid, describedBy, onCommit }: ControlProps<boolean>) {
  return (
    <div className="boolean-field">
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onCommit(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
