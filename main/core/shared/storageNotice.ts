import { z } from 'zod';

/**
 * What the person is told once about a saved file that could not be used as it was, true to what
 * happened. The main process says which file, where the original was kept and what became of it;
 * the settings window words it in the person's language.
 *   untouched         could not be used at all, so left as it is; changes last until Breakwise quits
 *   newerKept         saved by a newer version; everything this version knows was kept
 *   newerPartDefault  saved by a newer version; some of it is back to its default
 *   partDefault       part of it could not be read; defaults are used for that part
 *   readInFull        read in full (its layout was old or odd), the original kept anyway
 */
export const storageNoticeSchema = z.strictObject({
  /** The file's full path. */
  file: z.string().max(4_096),
  /** Where the original was kept, or null when it was left in place (untouched). */
  backup: z.string().max(4_096).nullable(),
  outcome: z.enum(['untouched', 'newerKept', 'newerPartDefault', 'partDefault', 'readInFull']),
});
export type StorageNotice = z.infer<typeof storageNoticeSchema>;
