import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // The one line Vue needs: these tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => /^(tool|verdict)-/.test(tag) } },
    }),
  ],
});
