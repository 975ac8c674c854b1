import { contextBridge } from 'electron';

/** The typed bridge grows with the IPC contract (main-process issue); nothing generic is ever exposed. */
contextBridge.exposeInMainWorld('breakwise', Object.freeze({ version: 1 }));
