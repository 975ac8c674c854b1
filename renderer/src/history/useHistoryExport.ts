import { useCallback, useRef, useState } from 'react';
import type { BreakwiseBridge } from '../bridge';

export type ExportFormat = 'csv' | 'json';

/** Where the last export stands: nothing to say, under way, saved at a path, or failed with the reason. */
export type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving'; readonly format: ExportFormat }
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Exporting the history: the main process asks where (the OS save dialog) and writes the file.
 * A cancelled dialog says nothing; one export at a time, since the dialog is modal anyway.
 */
export function useHistoryExport(bridge: BreakwiseBridge): { state: ExportState; exportAs: (format: ExportFormat) => void } {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const busy = useRef(false);
  const exportAs = useCallback(
    (format: ExportFormat) => {
      if (busy.current) return;
      busy.current = true;
      setState({ status: 'saving', format });
      void bridge
        .exportHistory({ format })
        .then(
          (reply): ExportState =>
            !reply.ok ? { status: 'failed', message: reply.error } : reply.value.path === null ? { status: 'idle' } : { status: 'saved', path: reply.value.path },
          (error: unknown): ExportState => ({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
        )
        .then((next) => {
          busy.current = false;
          setState(next);
        });
    },
    [bridge],
  );
  return { state, exportAs };
}
