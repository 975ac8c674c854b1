import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * Text being typed into a field, committed only when the person is done with it (Enter, or
 * leaving the field): "4" on the way to "45" is never sent. Until then the field shows the
 * draft; afterwards, whatever the window shows for the setting.
 */
export function useDraft(shown: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  // The latest draft, read by a commit that follows a keystroke before React re-renders.
  const latest = useRef<string | null>(null);
  const finish = () => {
    const text = latest.current;
    latest.current = null;
    setDraft(null);
    if (text !== null && text !== shown) commit(text);
  };
  return {
    value: draft ?? shown,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      latest.current = event.target.value;
      setDraft(event.target.value);
    },
    onBlur: finish,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') finish();
    },
  };
}
