import type { Plugin } from 'vite';

/** Writes dist/sw.js with the list of every built file (see plugin.mjs). */
export function serviceWorker(): Plugin;
