import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Astro needs no setting for custom elements: it writes unknown tags as they are.
export default defineConfig({ integrations: [starlight({ title: 'Verdict in Starlight' })] });
