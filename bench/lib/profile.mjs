// Source map lookup and CPU profile summaries (to name our, Lit's and zod's functions in CPU
// profiles of the minified bundle).
import fs from 'node:fs';
import { r2 } from './util.mjs';

export const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

export function loadSourceMap(file) {
  const map = JSON.parse(fs.readFileSync(file, 'utf8'));
  const lines = [];
  let src = 0;
  let srcLine = 0;
  let srcCol = 0;
  let name = 0;
  for (const lineText of map.mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    if (lineText) {
      for (const segText of lineText.split(',')) {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const ch of segText) {
          const digit = B64[ch];
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        genCol += values[0];
        if (values.length >= 4) {
          src += values[1];
          srcLine += values[2];
          srcCol += values[3];
          if (values.length >= 5) name += values[4];
          segs.push([genCol, src, srcLine, srcCol, values.length >= 5 ? name : -1]);
        }
      }
    }
    lines.push(segs);
  }
  const sourceLines = new Map();
  return {
    lookup(line, col) {
      const segs = lines[line];
      if (!segs || !segs.length) return undefined;
      let lo = 0;
      let hi = segs.length - 1;
      if (segs[0][0] > col) return undefined;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segs[mid][0] <= col) lo = mid;
        else hi = mid - 1;
      }
      const [, s, l, c, n] = segs[lo];
      const source = map.sources[s];
      let text = sourceLines.get(s);
      if (!text && map.sourcesContent?.[s]) sourceLines.set(s, (text = map.sourcesContent[s].split('\n')));
      return { source, line: l, column: c, name: n >= 0 ? map.names[n] : undefined, lineText: text?.[l] };
    },
  };
}

export function packageOf(source) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1];
  const s = /(?:^|\/)(src\/.*)$/.exec(source);
  return s ? 'ours' : source;
}

export function shortSource(source) {
  const m = /node_modules\/(.*)$/.exec(source);
  if (m) return m[1];
  const s = /(?:^|\/)(src\/.*)$/.exec(source);
  return s ? s[1] : source;
}

export function summarizeProfile(agg, reps) {
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => ({ what: k, ms: r2(ms / reps), share: r2((ms / agg.totalMs) * 100) }));
  return { perRunMs: r2(agg.totalMs / reps), byPackage: top(agg.byPackage, 12), topFunctions: top(agg.byFunction, 15) };
}

/** Self time per function and per package, from a CDP Profiler profile. */
export function aggregateProfile(profile, smap, into) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + profile.timeDeltas[i + 1]);
  }
  for (const [id, us] of selfUs) {
    const { callFrame: cf } = nodes.get(id);
    let pkg;
    let key;
    if (cf.url.endsWith('/dist/verdict-elements.js') && cf.lineNumber === 0 && cf.columnNumber === 0) {
      // The module's own top level (its position maps to whichever source the bundle starts with).
      pkg = 'bundle top level (module evaluation)';
      key = 'verdict-elements.js top level';
    } else if (cf.url.endsWith('/dist/verdict-elements.js')) {
      const at = smap?.lookup(cf.lineNumber, cf.columnNumber);
      if (at) {
        pkg = packageOf(at.source);
        const fn = (at.lineText ?? '').trim().slice(0, 70) || at.name || cf.functionName || '(anonymous)';
        key = `${shortSource(at.source)}:${at.line + 1} ${fn}`;
      } else {
        pkg = 'bundle (unmapped)';
        key = `bundle ${cf.functionName || '(anonymous)'}`;
      }
    } else if (cf.url === '') {
      if (cf.functionName === '(idle)') continue;
      pkg = cf.functionName === '(garbage collector)' ? 'GC' : cf.functionName === '(program)' ? '(program): browser work outside JS' : 'native';
      key = cf.functionName || '(native)';
    } else {
      pkg = 'bench harness (incl. native DOM work it calls)';
      key = `bench harness: ${cf.functionName || '(anonymous)'}`;
    }
    into.byFunction.set(key, (into.byFunction.get(key) ?? 0) + us / 1000);
    into.byPackage.set(pkg, (into.byPackage.get(pkg) ?? 0) + us / 1000);
    into.totalMs += us / 1000;
  }
  return into;
}
