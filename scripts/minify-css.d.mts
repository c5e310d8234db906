import type { Plugin } from 'vite';
export function minifyCss(source: string): string;
export function minifyCssLiterals(code: string): string;
export function minifyCssPlugin(): Plugin;
