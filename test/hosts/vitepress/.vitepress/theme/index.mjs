import DefaultTheme from 'vitepress/theme';
// Safe on the server too: the define entry registers nothing where there is no DOM.
import 'verdict-elements/define';

export default DefaultTheme;
