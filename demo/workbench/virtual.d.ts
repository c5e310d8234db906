// Provided by scripts/vite-cdn-info.mjs: the pinned CDN URLs and SRI hashes of the build in dist/.
declare module 'virtual:verdict-cdn' {
  const info: {
    name: string;
    version: string;
    files: { file: string; integrity: string; url: string }[] | null;
    missing: string | null;
  };
  export default info;
}
