import { chmod, writeFile } from 'node:fs/promises';
import { PRIVATE_FILE_MODE } from '../store/storeFiles';
import type { Handlers } from '../ipc/validatedHandlers';
import type { HistoryService } from '../history/historyService';
import type { MainText } from '../i18n/mainText';

/** The OS save dialog, as the export needs it. */
export type SaveDialog = (options: {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/**
 * The history window's channels: its figures, and an export of every kept day to a file the
 * person picks, through a save dialog in the app's language (`main.dialog.<format>` names the file type).
 */
export const historyHandlers = (history: HistoryService, saveDialog: SaveDialog, todayKey: () => string, text: () => MainText): Pick<Handlers, 'history:get' | 'history:export'> => ({
  'history:get': () => history.view(),
  'history:export': async ({ format }) => {
    const choice = await saveDialog({
      title: text().t('main.dialog.exportTitle'),
      defaultPath: `breakwise-history-${todayKey()}.${format}`,
      filters: [{ name: text().t(`main.dialog.${format}`), extensions: [format] }],
    });
    if (choice.canceled || choice.filePath === undefined) return { path: null };
    // Health-adjacent data: readable by its owner only, also when it replaces an older export.
    await writeFile(choice.filePath, history.exportText(format), { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
    await chmod(choice.filePath, PRIVATE_FILE_MODE);
    return { path: choice.filePath };
  },
});
