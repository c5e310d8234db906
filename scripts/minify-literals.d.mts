import type { Plugin } from 'vite';
export function minifyCss(css: string): string;
export function minifyLiterals(code: string, fileName: string): Promise<{ code: string; map: unknown } | null>;
export function minifyLiteralsPlugin(): Plugin;
export function minifyDirectory(dir: string): Promise<number>;
