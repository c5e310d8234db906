import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte needs no setting for custom elements: it sets `data={...}` as a property.
export default defineConfig({ plugins: [svelte()] });
