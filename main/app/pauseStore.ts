import Conf from 'conf';

/** A timed pause, kept on disk so it survives a restart (a pause "until I resume" too). */
export interface PauseStore {
  load(): { untilWallMs: number | null } | null;
  save(pause: { untilWallMs: number | null } | null): void;
}

interface PauseFile {
  pause: { untilWallMs: number | null } | null;
}

export function filePauseStore(directory: string): PauseStore {
  const conf = new Conf<PauseFile>({
    cwd: directory,
    configName: 'pause',
    defaults: { pause: null },
    schema: {
      pause: {
        anyOf: [{ type: 'null' }, { type: 'object', properties: { untilWallMs: { type: ['number', 'null'] } }, required: ['untilWallMs'], additionalProperties: false }],
      },
    },
    clearInvalidConfig: false,
  });
  return {
    load: () => conf.get('pause'),
    save: (pause) => conf.set('pause', pause),
  };
}
