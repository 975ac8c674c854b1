import { register } from 'node:module';

register('./resolveElectron.mjs', import.meta.url);
