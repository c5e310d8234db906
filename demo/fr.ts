// The French page: every element on it speaks French. fr.html loads this module before main.ts,
// and module scripts run in document order, so the words are set before the elements are even
// defined, let alone rendered. Numbers and dates need nothing here: they follow <html lang="fr">.
import { setStrings } from '../src/strings.js';
import { FRENCH } from '../src/locales/fr.js';

setStrings(FRENCH);
