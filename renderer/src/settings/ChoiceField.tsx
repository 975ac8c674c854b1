import type { ControlProps, Option } from './settingsModel';

/** One of a few options: a group of radio buttons. */
export function ChoiceField({ id, label, value, options, disabled, describedBy, onCommit }: ControlProps<string> & { readonly options: readonly Option[] }) {
  return (
    <fieldset className="choice-field" disabled={disabled} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {options.map((option) => (
        <div className="option" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onCommit(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
