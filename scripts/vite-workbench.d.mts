import type { PluginOption } from 'vite';
export function workbench(): PluginOption[];
