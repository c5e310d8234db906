import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Verdict in VitePress',
  // The one line VitePress needs: without it Vue takes the tags for components, and the built
  // pages hold `<!---->` where each tag should be.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => /^(tool|verdict)-/.test(tag) } } },
});
