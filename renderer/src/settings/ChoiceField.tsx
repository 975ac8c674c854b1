import type { ControlProps, Option } from './settingsModel';

/** Up to this many options show as radio buttons, all in view; more (the languages) as a drop-down list. */
const MAX_RADIOS = 6;

/** One of a few options: a group of radio buttons; one of many: a drop-down list. */
export function ChoiceField(props: ControlProps<string> & { readonly options: readonly Option[] }) {
  return props.options.length > MAX_RADIOS ? <ChoiceList {...props} /> : <ChoiceRadios {...props} />;
}

function ChoiceRadios({ id, label, value, options, disabled, describedBy, onCommit }: ControlProps<string> & { readonly options: readonly Option[] }) {
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
          <label htmlFor={`${id}-${option.value}`} lang={option.lang}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function ChoiceList({ id, label, value, options, disabled, describedBy, onCommit }: ControlProps<string> & { readonly options: readonly Option[] }) {
  return (
    <div className="choice-list">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onCommit(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
