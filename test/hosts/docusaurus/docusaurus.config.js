export default {
  title: 'Verdict in Docusaurus',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // The one line Docusaurus needs: define the elements in every page's client bundle.
  clientModules: ['./src/verdict.js'],
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
};
