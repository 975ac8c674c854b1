import { chmod, writeFile } from 'node:fs/promises';
import { PRIVATE_FILE_MODE } from '../store/storeFiles';
import type { Handlers } from '../ipc/validatedHandlers';
import type { HistoryService } from '../history/historyService';

/** The OS save dialog, as the export needs it. */
export type SaveDialog = (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

const FILTERS = { csv: { name: 'CSV (spreadsheet)', extensions: ['csv'] }, json: { name: 'JSON', extensions: ['json'] } } as const;

/** The history window's channels: its figures, and an export of every kept day to a file the person picks. */
export const historyHandlers = (history: HistoryService, saveDialog: SaveDialog, todayKey: () => string): Pick<Handlers, 'history:get' | 'history:export'> => ({
  'history:get': () => history.view(),
  'history:export': async ({ format }) => {
    const choice = await saveDialog({ defaultPath: `breakwise-history-${todayKey()}.${format}`, filters: [{ ...FILTERS[format], extensions: [...FILTERS[format].extensions] }] });
    if (choice.canceled || choice.filePath === undefined) return { path: null };
    // Health-adjacent data: readable by its owner only, also when it replaces an older export.
    await writeFile(choice.filePath, history.exportText(format), { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
    await chmod(choice.filePath, PRIVATE_FILE_MODE);
    return { path: choice.filePath };
  },
});
