import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
// Defined after the app has mounted (as a lazy chunk would): `:data.prop` still reaches the element.
import('verdict-elements/define');
