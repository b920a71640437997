// Entry for `node --import`: registers the TypeScript hooks.
import { register } from 'node:module';

register('./tsHooks.mjs', import.meta.url);
