// The demo loads the library from source, the way the CDN bundle would define it.
import '../src/define.js';
