import type { Plugin } from 'vite';
export function cdnInfo(): Plugin;
